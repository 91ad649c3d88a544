//! Charts as SVG text, drawn with plotters' SVG backend: text becomes `<text>` elements, so
//! drawing needs no fonts on this machine and the page needs none from the network.
//!
//! Amounts arrive as [`Money`] and stay exact: a [`Scale`] turns an amount or a day into a whole
//! pixel with one division, rounded once at the end, and plotters draws on those integer pixels.
//! Ticks are exact Decimals (1, 2 or 5 x 10^k apart) and their labels are formatted from them.

use jiff::civil::Date;
use plotters::coord::Shift;
use plotters::coord::combinators::{BindKeyPoints, WithKeyPoints};
use plotters::coord::types::RangedCoordi32;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use super::labels::Lang;
use crate::calc::money::Money;
use crate::calc::report::{CollectionReport, PenaltyReport};

type Drawn = Result<(), Box<dyn std::error::Error>>;
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// An axis in pixels (0 to the plotting area's size), ticked where its [`Scale`] puts the ticks.
pub type Axis = WithKeyPoints<RangedCoordi32>;
/// A chart drawn in pixels: euros (or days) are placed by a [`Scale`] before they reach it.
pub type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<Axis, Axis>>;

pub const FONT: &str = "sans-serif";
pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
pub const MUTED: RGBColor = RGBColor(0x61, 0x6e, 0x7c);
pub const GRID: RGBColor = RGBColor(0xe4, 0xe9, 0xef);
pub const LIMIT: RGBColor = RGBColor(0xc8, 0xd3, 0xe0);
pub const FINE: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
pub const CEILING: RGBColor = RGBColor(0xee, 0xd9, 0xb0);
pub const GROUP_FINE: RGBColor = RGBColor(0x9c, 0x5a, 0x06);
pub const BAD: RGBColor = RGBColor(0xb4, 0x23, 0x18);
pub const GOOD: RGBColor = RGBColor(0x1e, 0x7b, 0x34);
/// Tableau 10, for series that need telling apart (sweeps).
pub const PALETTE: [RGBColor; 8] = [
    RGBColor(0x4e, 0x79, 0xa7),
    RGBColor(0xf2, 0x8e, 0x2b),
    RGBColor(0xe1, 0x57, 0x59),
    RGBColor(0x59, 0xa1, 0x4f),
    RGBColor(0xb0, 0x7a, 0xa1),
    RGBColor(0x76, 0xb7, 0xb2),
    RGBColor(0x9c, 0x75, 0x5f),
    RGBColor(0xed, 0xc9, 0x48),
];

words! {
    /// The words on the charts.
    pub struct ChartWords {
        legal_maximum: "label-chart-legal-maximum",
        fine: "label-chart-fine",
        ceiling: "label-chart-ceiling",
        group_fine: "label-chart-group-fine",
        forfeited: "label-chart-forfeited",
        penalty_max: "label-chart-penalty-max",
        as_of: "label-chart-as-of",
        complied: "label-chart-complied",
        suspended: "label-chart-suspended",
        /// What `≥` before a limit means.
        at_least: "label-chart-at-least",
        /// The amount axis of a case in euros.
        euros: "label-chart-euros",
        /// The amount axis of a case in another currency, before its code: "amounts in" PLN.
        amounts_in: "label-chart-amounts-in",
        /// The key of a fine above its limit.
        over_max: "label-chart-over-max",
    }
}

/// The chart labels that have values: an amount shortened to its unit.
#[cfg(test)]
pub const WITH_VALUES: [&str; 3] = ["label-chart-thousands", "label-chart-millions", "label-chart-billions"];

impl ChartWords {
    /// What the amount axis is in: the case's currency (`currency`, an ISO 4217 code; none or
    /// `EUR` for euros), so that PLN or SEK amounts are never labelled euros.
    pub fn amount_axis(&self, currency: Option<&str>) -> String {
        match currency {
            Some(code) if code != "EUR" => format!("{} {code}", self.amounts_in),
            _ => self.euros.to_string(),
        }
    }
}

/// Maps the values `from..=to` (euros or days) onto the pixels `0..=pixels` of one axis.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub from: Decimal,
    pub to: Decimal,
    pub pixels: i32,
}

impl Scale {
    /// The pixel of `value`: `(value - from) * pixels / (to - from)`, one division, rounded once
    /// to the nearest pixel (half away from zero). Far beyond the axis it saturates, which only
    /// moves a mark that is off the canvas anyway.
    pub fn at(&self, value: Decimal) -> i32 {
        let span = self.to - self.from;
        if span <= Decimal::ZERO {
            return 0;
        }
        let offset = value.checked_sub(self.from).unwrap_or(Decimal::MIN);
        let pixel = match offset.checked_mul(Decimal::from(self.pixels)) {
            Some(scaled) => scaled / span,
            // Only an amount near Decimal's limit: dividing first loses digits, not pixels.
            None => (offset / span).saturating_mul(Decimal::from(self.pixels)),
        };
        let pixel = pixel.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        pixel.to_i32().unwrap_or(if pixel.is_sign_negative() { i32::MIN / 2 } else { i32::MAX / 2 })
    }

    /// The pixel of an amount.
    pub fn money(&self, amount: Money) -> i32 {
        self.at(amount.amount())
    }

    /// The axis for plotters: pixels `0..pixels`, with bold ticks where [`placed`] put `ticks`.
    pub fn axis(&self, ticks: &[(i32, String)]) -> Axis {
        (0..self.pixels).with_key_points(ticks.iter().map(|(at, _)| *at).collect())
    }
}

/// Tick values from `from` to `to`: multiples of the smallest step of 1, 2 or 5 x 10^k (at least
/// `min_step`) that gives no more than `most` ticks.
pub fn ticks(from: Decimal, to: Decimal, most: usize, min_step: Decimal) -> Vec<Decimal> {
    let most = Decimal::from(most.max(1));
    let mut decade = min_step;
    loop {
        for step in [decade, decade * dec!(2), decade * dec!(5)] {
            if step < min_step {
                continue;
            }
            let (first, last) = match (from.checked_div(step), to.checked_div(step)) {
                (Some(first), Some(last)) => (first.ceil(), last.floor()),
                _ => continue,
            };
            if last - first + Decimal::ONE <= most {
                return (0..=(last - first).to_i64().unwrap_or(0)).map(|i| (first + Decimal::from(i)) * step).collect();
            }
        }
        decade = match decade.checked_mul(Decimal::TEN) {
            Some(next) => next,
            None => return vec![from],
        };
    }
}

/// Ticks placed on their axis: each tick's pixel and its label.
pub fn placed(scale: &Scale, values: &[Decimal], label: impl Fn(Decimal) -> String) -> Vec<(i32, String)> {
    values.iter().map(|&v| (scale.at(v), label(v))).collect()
}

/// The label of the tick at `pixel`, for plotters' label formatter.
pub fn tick_label(ticks: &[(i32, String)], pixel: i32) -> String {
    ticks.iter().find(|(at, _)| *at == pixel).map(|(_, text)| text.clone()).unwrap_or_default()
}

/// Case-file text for a chart label: control characters shown as `\u{..}`, as in the page.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if super::printable::hidden(c) { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

/// An axis tick or bar label: `20M`, `1.25bn` (en), `20 mln`, `1,25 mld` (nl), `20 Mio.` (de):
/// the language's label of the unit with the number in its locale's marks. Shown to two
/// decimals of its unit, rounded half away from zero (a label, not a figure).
pub fn short_euros(value: Decimal, lang: Lang) -> String {
    let (scaled, unit) = match value.abs() {
        v if v >= dec!(1_000_000_000) => (value / dec!(1_000_000_000), Some("label-chart-billions")),
        v if v >= dec!(1_000_000) => (value / dec!(1_000_000), Some("label-chart-millions")),
        v if v >= dec!(1_000) => (value / dec!(1_000), Some("label-chart-thousands")),
        _ => (value, None),
    };
    let shown = scaled.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    match unit {
        Some(id) => crate::l10n::catalogue::text(lang, &crate::l10n::Message::new(id).arg("n", shown)),
        None => crate::l10n::locale::Locale::of(lang).decimal(shown),
    }
}

/// Roughly how wide a label is drawn, for laying out legends and label areas.
/// An average glyph is 0.56 of the font size wide; rounded up to whole pixels.
pub fn text_width(text: &str, size: u32) -> i32 {
    let hundredths = text.chars().count().saturating_mul(size as usize).saturating_mul(56);
    i32::try_from(hundredths.div_ceil(100)).unwrap_or(i32::MAX)
}

/// A legend entry: a swatch (filled box or line) and its text.
pub struct Key {
    pub text: String,
    pub color: RGBColor,
    pub line: bool,
    pub dashed: bool,
}

/// Legend entries side by side, wrapping onto a new row where the width runs out.
pub fn legend(area: &Area, keys: &[Key]) -> Drawn {
    let (width, _) = area.dim_in_pixel();
    let (mut x, mut y) = (0, 10);
    let style = TextStyle::from((FONT, 13).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
    for key in keys {
        let advance = 22 + text_width(&key.text, 13) + 22;
        if x > 0 && x + advance > width as i32 {
            (x, y) = (0, y + 20);
        }
        if key.dashed {
            for start in (0..16).step_by(6) {
                area.draw(&PathElement::new([(x + start, y), (x + start + 3, y)], key.color.stroke_width(2)))?;
            }
        } else if key.line {
            area.draw(&PathElement::new([(x, y), (x + 16, y)], key.color.stroke_width(3)))?;
        } else {
            area.draw(&Rectangle::new([(x, y - 6), (x + 16, y + 6)], key.color.filled()))?;
        }
        area.draw(&Text::new(key.text.clone(), (x + 22, y), style.clone()))?;
        x += advance;
    }
    Ok(())
}

/// How many legend rows `keys` take in `width` pixels (the same wrapping as [`legend`]).
pub fn legend_rows(keys: &[Key], width: u32) -> u32 {
    let (mut x, mut rows) = (0, 1);
    for key in keys {
        let advance = 22 + text_width(&key.text, 13) + 22;
        if x > 0 && x + advance > width as i32 {
            (x, rows) = (0, rows + 1);
        }
        x += advance;
    }
    rows
}

/// Draws into a fresh SVG string; `None` if plotters reports an error (it cannot for a string
/// target, but a report is never lost to a chart).
pub fn svg(size: (u32, u32), draw: impl FnOnce(&Area) -> Drawn) -> Option<String> {
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, size).into_drawing_area();
        root.fill(&WHITE).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(text)
}

/// One row of the fines chart: a violation's legal maximum and fine, or a group's Art. 83(3)
/// ceiling and fine.
pub struct BarRow {
    pub label: String,
    pub limit: Option<Money>,
    /// The limit is a floor (turnover unknown): the maximum is at least this much.
    pub at_least: bool,
    pub amount: Option<Money>,
    pub group: bool,
}

const FINES_WIDTH: u32 = 1040;

/// Fines against their legal maxima and Art. 83(3) ceilings, one bar row each (bullet style: the
/// limit as a wide pale bar, the fine as a narrow dark bar over it).
/// `currency`: the case's currency code (none for euros), which the amount axis names.
pub fn fines(rows: &[BarRow], words: &ChartWords, currency: Option<&str>) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let keys = fines_keys(rows, words);
    let legend_height = legend_rows(&keys, FINES_WIDTH - 20) * 20 + 8;
    let height = 56 + 34 * rows.len() as u32 + legend_height;
    svg((FINES_WIDTH, height), |root| {
        let (plot, key_area) = root.split_vertically(height - legend_height);
        draw_bars(&plot, rows, words, &words.amount_axis(currency))?;
        legend(&key_area.margin(0, 0, 10, 10), &keys)
    })
}

fn fines_keys(rows: &[BarRow], words: &ChartWords) -> Vec<Key> {
    let key = |text: &str, color| Key { text: text.to_string(), color, line: false, dashed: false };
    // Only what the chart shows: a violation fined only within its group has no fine bar.
    let mut keys = vec![key(words.legal_maximum, LIMIT)];
    if rows.iter().any(|r| !r.group && r.amount.is_some()) {
        keys.push(key(words.fine, FINE));
    }
    if rows.iter().any(|r| r.group) {
        keys.extend([key(words.ceiling, CEILING), key(words.group_fine, GROUP_FINE)]);
    }
    if rows.iter().any(exceeds) {
        keys.push(key(words.over_max, BAD));
    }
    if rows.iter().any(|r| r.at_least) {
        keys.push(key(words.at_least, WHITE));
    }
    keys
}

/// Above a known limit; above a floor is not a verdict.
fn exceeds(row: &BarRow) -> bool {
    !row.at_least && matches!((row.amount, row.limit), (Some(amount), Some(limit)) if amount > limit)
}

/// Margins and label areas around a chart's plotting area, in pixels.
pub struct Frame {
    pub top: u32,
    pub right: u32,
    pub x_labels: u32,
    pub y_labels: u32,
}

impl Frame {
    fn builder<'a, 'b>(&self, area: &'a Area<'b>) -> ChartBuilder<'a, 'b, SVGBackend<'b>> {
        let mut builder = ChartBuilder::on(area);
        builder.margin_top(self.top).margin_right(self.right);
        builder.x_label_area_size(self.x_labels).y_label_area_size(self.y_labels);
        builder
    }

    /// The plotting area's width and height in pixels, from a chart built only to measure it
    /// (building draws nothing), so that a [`Scale`] can map onto exactly those pixels.
    pub fn plot_size(&self, area: &Area) -> Result<(i32, i32), Box<dyn std::error::Error>> {
        let probe = self.builder(area).build_cartesian_2d(0..1, 0..1)?;
        let (width, height) = probe.plotting_area().dim_in_pixel();
        Ok((i32::try_from(width)?, i32::try_from(height)?))
    }

    /// The chart on pixel axes with their ticks ([`placed`]): the scales must span
    /// [`Frame::plot_size`].
    pub fn build<'a, 'b>(
        &self,
        area: &'a Area<'b>,
        (x, x_ticks): (&Scale, &[(i32, String)]),
        (y, y_ticks): (&Scale, &[(i32, String)]),
    ) -> Result<Chart<'a, 'b>, Box<dyn std::error::Error>> {
        Ok(self.builder(area).build_cartesian_2d(x.axis(x_ticks), y.axis(y_ticks))?)
    }
}

/// The largest of some amounts, zero for none.
fn largest(amounts: impl IntoIterator<Item = Option<Money>>) -> Decimal {
    amounts.into_iter().flatten().map(Money::amount).fold(Decimal::ZERO, Decimal::max)
}

fn draw_bars(plot: &Area, rows: &[BarRow], words: &ChartWords, axis: &str) -> Drawn {
    let n = Decimal::from(rows.len());
    let top = largest(rows.iter().flat_map(|r| [r.limit, r.amount]));
    let x_max = if top > Decimal::ZERO { top * dec!(1.22) } else { Decimal::ONE };
    let label_area = rows.iter().map(|r| text_width(&r.label, 13)).max().unwrap_or(0).clamp(60, 280) + 24;
    let frame = Frame { top: 10, right: 16, x_labels: 36, y_labels: u32::try_from(label_area)? };
    let (width, height) = frame.plot_size(plot)?;
    let x = Scale { from: Decimal::ZERO, to: x_max, pixels: width };
    // Row i is the band [n-1-i, n-i] of rows counted from the bottom (the first row at the top).
    let y = Scale { from: Decimal::ZERO, to: n, pixels: height };
    let x_ticks = placed(&x, &ticks(Decimal::ZERO, x_max, 8, dec!(0.01)), |v| short_euros(v, words.lang));
    // A tick every half row: the centres are labelled, the edges left blank.
    let halves: Vec<Decimal> = (0..=2 * rows.len()).map(|i| Decimal::from(i) / dec!(2)).collect();
    let y_ticks = placed(&y, &halves, |v| {
        let from_top = n - v - dec!(0.5);
        match from_top.to_usize() {
            Some(index) if from_top.fract().is_zero() && index < rows.len() => rows[index].label.clone(),
            _ => String::new(),
        }
    });
    let mut chart = frame.build(plot, (&x, &x_ticks), (&y, &y_ticks))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .y_label_formatter(&|p| tick_label(&y_ticks, *p))
        .x_label_formatter(&|p| tick_label(&x_ticks, *p))
        .x_desc(axis)
        .label_style((FONT, 13).into_font().color(&INK))
        .axis_desc_style((FONT, 12).into_font().color(&MUTED))
        .draw()?;
    for (i, r) in rows.iter().enumerate() {
        draw_bar(&chart, r, n - Decimal::ONE - Decimal::from(i), (&x, &y), words.lang)?;
    }
    Ok(())
}

/// One row's bars and label; `bottom` is the row's lower edge in rows.
fn draw_bar(chart: &Chart, r: &BarRow, bottom: Decimal, (x, y): (&Scale, &Scale), lang: Lang) -> Drawn {
    let (pale, dark) = if r.group { (CEILING, GROUP_FINE) } else { (LIMIT, FINE) };
    let band = |low: Decimal, high: Decimal, end: Money| [(0, y.at(bottom + low)), (x.money(end), y.at(bottom + high))];
    if let Some(limit) = r.limit {
        chart.plotting_area().draw(&Rectangle::new(band(dec!(0.14), dec!(0.86), limit), pale.filled()))?;
    }
    if let Some(amount) = r.amount {
        let color = if exceeds(r) { BAD } else { dark };
        chart.plotting_area().draw(&Rectangle::new(band(dec!(0.3), dec!(0.7), amount), color.filled()))?;
    }
    let end = largest([r.limit, r.amount]);
    let style = TextStyle::from((FONT, 12).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
    let at = (x.at(end + x.to * dec!(0.006)), y.at(bottom + dec!(0.5)));
    chart.plotting_area().draw(&Text::new(bar_text(r, lang), at, style))?;
    Ok(())
}

/// `10.5M / ≥ 20M`: the fine and its limit, a floor marked as one.
fn bar_text(row: &BarRow, lang: Lang) -> String {
    let floor = if row.at_least { "\u{2265} " } else { "" };
    let short = |amount: Money| short_euros(amount.amount(), lang);
    match (row.amount, row.limit) {
        (Some(a), Some(l)) => format!("{} / {floor}{}", short(a), short(l)),
        (None, Some(l)) => format!("{floor}{}", short(l)),
        (Some(a), None) => short(a),
        (None, None) => "-".into(),
    }
}

const PENALTY_SIZE: (u32, u32) = (540, 300);

/// Days from `start` to `date` (negative before it).
fn days(start: Date, date: Date) -> Decimal {
    start.until(date).map_or(Decimal::ZERO, |span| Decimal::from(span.get_days()))
}

/// Where a penalty chart's line runs (days, euros) and how far its axes reach.
struct Geometry {
    /// Day 0 of the x axis.
    start: Date,
    points: Vec<(Decimal, Decimal)>,
    x_from: Decimal,
    x_to: Decimal,
    y_max: Decimal,
}

fn geometry(p: &PenaltyReport, as_of: Date) -> Geometry {
    // An order per breach may have no deadline (Awb 5:32a(2)): its line starts at the first breach.
    let start = p.accrual_starts.or(p.schedule.first().map(|period| period.from)).unwrap_or(p.accrual_ends);
    let mut points = vec![(Decimal::ZERO, Decimal::ZERO)];
    for period in &p.schedule {
        let day = days(start, period.forfeited_on);
        let before = points.last().map_or(Decimal::ZERO, |&(_, y)| y);
        points.extend([(day, before), (day, period.cumulative.amount())]);
    }
    let marks = [Some(p.accrual_ends), Some(as_of), p.complied, p.max_reached_on];
    let last = marks
        .into_iter()
        .flatten()
        .map(|d| days(start, d))
        .chain(points.iter().map(|p| p.0))
        .fold(Decimal::ONE, Decimal::max);
    let first = days(start, as_of).min(Decimal::ZERO);
    let x_to = last + (last - first) * dec!(0.06);
    let forfeited = p.forfeited.amount();
    // What is forfeited stays forfeited: the line runs on to the chart's right edge.
    points.push((x_to, forfeited));
    let top = largest([p.max, Some(p.forfeited)]);
    let y_max = if top > Decimal::ZERO { top * dec!(1.18) } else { Decimal::ONE };
    Geometry { start, points, x_from: first, x_to, y_max }
}

/// The amount forfeited under one order over time, as a step line, with its ceiling, the as-of
/// date, the compliance date and any suspensions marked.
pub fn penalty(p: &PenaltyReport, as_of: Date, words: &ChartWords) -> Option<String> {
    let g = geometry(p, as_of);
    let keys = penalty_keys(p, words);
    let legend_height = legend_rows(&keys, PENALTY_SIZE.0 - 20) * 20 + 6;
    svg(PENALTY_SIZE, |root| {
        let (plot, key_area) = root.split_vertically(PENALTY_SIZE.1 - legend_height);
        let (mut chart, x, y) = dated_chart(&plot, &g, words.lang)?;
        draw_penalty(&mut chart, p, &g, (&x, &y))?;
        mark_day(&mut chart, &g, (&x, &y), as_of, MUTED, format!("{} {as_of}", words.as_of))?;
        if let Some(day) = p.complied {
            mark_day(&mut chart, &g, (&x, &y), day, GOOD, format!("{} {day}", words.complied))?;
        }
        legend(&key_area.margin(0, 0, 10, 10), &keys)
    })
}

/// A chart of amounts over the days from `g.start`, with its axes, ticks and grid drawn: the
/// frame the penalty and the collection charts share.
fn dated_chart<'a, 'b>(
    plot: &'a Area<'b>,
    g: &Geometry,
    lang: Lang,
) -> Result<(Chart<'a, 'b>, Scale, Scale), Box<dyn std::error::Error>> {
    let frame = Frame { top: 12, right: 18, x_labels: 30, y_labels: 58 };
    let (width, height) = frame.plot_size(plot)?;
    let x = Scale { from: g.x_from, to: g.x_to, pixels: width };
    let y = Scale { from: Decimal::ZERO, to: g.y_max, pixels: height };
    let date = |day: Decimal| {
        let day = day.to_i64().unwrap_or(0);
        g.start.checked_add(jiff::Span::new().days(day)).map(|d| d.to_string()).unwrap_or_default()
    };
    let x_ticks = placed(&x, &ticks(g.x_from, g.x_to, 4, Decimal::ONE), date);
    let y_ticks = placed(&y, &ticks(Decimal::ZERO, g.y_max, 6, dec!(0.01)), |v| short_euros(v, lang));
    let mut chart = frame.build(plot, (&x, &x_ticks), (&y, &y_ticks))?;
    chart
        .configure_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .x_label_formatter(&|p| tick_label(&x_ticks, *p))
        .y_label_formatter(&|p| tick_label(&y_ticks, *p))
        .label_style((FONT, 12).into_font().color(&INK))
        .draw()?;
    Ok((chart, x, y))
}

/// Suspensions as shaded spans, the forfeited amount as a filled step line, the ceiling dashed.
fn draw_penalty(chart: &mut Chart, p: &PenaltyReport, g: &Geometry, (x, y): (&Scale, &Scale)) -> Drawn {
    for s in &p.suspensions {
        let until = s.until.map_or(g.x_to, |day| days(g.start, day));
        let span = [(x.at(days(g.start, s.from)), 0), (x.at(until), y.pixels)];
        chart.draw_series([Rectangle::new(span, MUTED.mix(0.16).filled())])?;
    }
    let points = g.points.iter().map(|&(day, amount)| (x.at(day), y.at(amount)));
    chart.draw_series(AreaSeries::new(points, 0, FINE.mix(0.12)).border_style(FINE.stroke_width(2)))?;
    if let Some(max) = p.max {
        let ceiling = [(0, y.money(max)), (x.pixels, y.money(max))];
        chart.draw_series(DashedLineSeries::new(ceiling, 6, 4, BAD.stroke_width(2)))?;
    }
    Ok(())
}

/// A vertical line at `day`, labelled beside it on the roomier side, above the ceiling (which
/// sits at 1/1.18 of the height).
fn mark_day(
    chart: &mut Chart,
    g: &Geometry,
    (x, y): (&Scale, &Scale),
    day: Date,
    color: RGBColor,
    text: String,
) -> Drawn {
    let at = days(g.start, day);
    let px = x.at(at);
    chart.draw_series(LineSeries::new([(px, 0), (px, y.pixels)], color.stroke_width(1)))?;
    let width = g.x_to - g.x_from;
    let (side, label_x) = if (at - g.x_from) * dec!(3) > width {
        (HPos::Right, x.at(at - width * dec!(0.01)))
    } else {
        (HPos::Left, x.at(at + width * dec!(0.01)))
    };
    let style = TextStyle::from((FONT, 12).into_font()).color(&color).pos(Pos::new(side, VPos::Top));
    chart.plotting_area().draw(&Text::new(text, (label_x, y.at(g.y_max * dec!(0.985))), style))?;
    Ok(())
}

fn penalty_keys(p: &PenaltyReport, words: &ChartWords) -> Vec<Key> {
    let mut keys = vec![Key { text: words.forfeited.into(), color: FINE, line: true, dashed: false }];
    if p.max.is_some() {
        keys.push(Key { text: words.penalty_max.into(), color: BAD, line: true, dashed: true });
    }
    keys.push(Key { text: words.as_of.into(), color: MUTED, line: true, dashed: false });
    if !p.suspensions.is_empty() {
        keys.push(Key { text: words.suspended.into(), color: RGBColor(0xe5, 0xe7, 0xea), line: false, dashed: false });
    }
    keys
}

/// What the fine owes on each day: the principal until default, then rising with each interest
/// period, stepping down at each payment. Days from `start`, euros.
fn owed_points(c: &CollectionReport, start: Date) -> Vec<(Decimal, Decimal)> {
    let mut owed = c.principal.amount();
    let mut points = vec![(Decimal::ZERO, owed)];
    let mut payments = c.payments.iter().peekable();
    // Payments within the term lower the principal before interest starts.
    let default_from = c.in_default_from.unwrap_or(start);
    while let Some(p) = payments.next_if(|p| p.date < default_from) {
        let day = days(start, p.date);
        points.extend([(day, owed), (day, (owed - p.amount.amount()).max(Decimal::ZERO))]);
        owed = (owed - p.amount.amount()).max(Decimal::ZERO);
    }
    for period in c.interest.iter().flat_map(|i| &i.periods) {
        let end = period.until.tomorrow().unwrap_or(period.until);
        points.push((days(start, period.from), owed));
        owed += period.amount.amount();
        points.push((days(start, end), owed));
        while let Some(p) = payments.next_if(|p| p.date <= end) {
            owed = (owed - p.amount.amount()).max(Decimal::ZERO);
            points.push((days(start, end), owed));
        }
    }
    points
}

/// The amount the fine owes over time (principal and statutory interest, less payments) from
/// its notification to the as-of date, with the as-of date and the earliest day of limitation
/// marked: the penalty chart's frame and scales.
pub fn owed(
    c: &CollectionReport,
    as_of: Date,
    words: &ChartWords,
    collection: &super::collection::Words,
) -> Option<String> {
    let start = c.notified.or(c.payment_due)?;
    let mut points = owed_points(c, start);
    let last = points.iter().map(|p| p.0).chain([days(start, as_of)]).fold(Decimal::ONE, Decimal::max);
    let x_to = last * dec!(1.06);
    points.push((x_to, points.last().map_or(Decimal::ZERO, |p| p.1)));
    let top = points.iter().map(|p| p.1).fold(Decimal::ZERO, Decimal::max);
    let y_max = if top > Decimal::ZERO { top * dec!(1.18) } else { Decimal::ONE };
    let g = Geometry { start, points, x_from: Decimal::ZERO, x_to, y_max };
    let keys = vec![
        Key { text: collection.owed_line.into(), color: FINE, line: true, dashed: false },
        Key { text: words.as_of.into(), color: MUTED, line: true, dashed: false },
    ];
    let legend_height = legend_rows(&keys, PENALTY_SIZE.0 - 20) * 20 + 6;
    svg(PENALTY_SIZE, |root| {
        let (plot, key_area) = root.split_vertically(PENALTY_SIZE.1 - legend_height);
        let (mut chart, x, y) = dated_chart(&plot, &g, words.lang)?;
        let line = g.points.iter().map(|&(day, amount)| (x.at(day), y.at(amount)));
        chart.draw_series(AreaSeries::new(line, 0, FINE.mix(0.12)).border_style(FINE.stroke_width(2)))?;
        mark_day(&mut chart, &g, (&x, &y), as_of, MUTED, format!("{} {as_of}", words.as_of))?;
        if let Some(day) = c.claim_time_barred_on.filter(|day| days(start, *day) <= x_to) {
            mark_day(&mut chart, &g, (&x, &y), day, BAD, format!("{} {day}", collection.barred_mark))?;
        }
        legend(&key_area.margin(0, 0, 10, 10), &keys)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_amounts_read_as_written_in_each_language() {
        assert_eq!(short_euros(dec!(20_000_000), Lang::En), "20M");
        assert_eq!(short_euros(dec!(1_250_000_000), Lang::En), "1.25bn");
        assert_eq!(short_euros(dec!(1_500_000_000), Lang::En), "1.5bn");
        assert_eq!(short_euros(dec!(10_500_000), Lang::Nl), "10,5 mln");
        assert_eq!(short_euros(dec!(20_000_000), Lang::Nl), "20 mln");
        assert_eq!(short_euros(dec!(0), Lang::En), "0");
        assert_eq!(short_euros(dec!(1_250_000_000), Lang::De), "1,25 Mrd.");
        assert_eq!(short_euros(dec!(7_500), Lang::De), "7,5 Tsd.");
    }

    #[test]
    fn ticks_step_by_one_two_or_five_times_a_power_of_ten() {
        let millions = |v: &[i64]| v.iter().map(|&m| Decimal::from(m) * dec!(1_000_000)).collect::<Vec<_>>();
        assert_eq!(ticks(dec!(0), dec!(24_400_000), 8, dec!(0.01)), millions(&[0, 5, 10, 15, 20]));
        assert_eq!(ticks(dec!(0), dec!(12_000_000), 8, dec!(0.01)), millions(&[0, 2, 4, 6, 8, 10, 12]));
        assert_eq!(ticks(dec!(-30), dec!(1000), 4, dec!(1)), [dec!(0), dec!(500), dec!(1000)]);
        assert_eq!(
            ticks(dec!(0), dec!(1), 6, dec!(0.01)),
            [dec!(0), dec!(0.2), dec!(0.4), dec!(0.6), dec!(0.8), dec!(1)]
        );
    }

    #[test]
    fn a_scale_rounds_once_to_the_nearest_pixel() {
        let scale = Scale { from: dec!(0), to: dec!(30_000_000), pixels: 700 };
        assert_eq!(scale.at(dec!(0)), 0);
        assert_eq!(scale.at(dec!(30_000_000)), 700);
        // 20M of 30M is 466.67 pixels.
        assert_eq!(scale.at(dec!(20_000_000)), 467);
        assert_eq!(scale.at(dec!(-30_000_000)), -700);
        assert_eq!(Scale { from: dec!(5), to: dec!(5), pixels: 700 }.at(dec!(9)), 0);
    }

    #[test]
    fn text_width_rounds_up_to_whole_pixels() {
        // 7 glyphs of 13 px at 0.56 are 50.96 px.
        assert_eq!(text_width("abcdefg", 13), 51);
    }

    #[test]
    fn control_characters_in_labels_become_visible_escapes() {
        assert_eq!(clean("a\u{7}b<"), "a\\u{7}b<");
    }
}
