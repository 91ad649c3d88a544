//! Charts as SVG text, drawn with plotters' SVG backend: text becomes `<text>` elements, so
//! drawing needs no fonts on this machine and the page needs none from the network.
//!
//! Amounts arrive as [`Money`] and become `f64` only here, to place marks on a canvas; every
//! figure a reader is meant to rely on is printed exactly in the tables beside the charts.
#![allow(clippy::float_arithmetic)]

use jiff::civil::Date;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;

use super::labels::Lang;
use crate::calc::money::Money;
use crate::calc::report::PenaltyReport;

type Drawn = Result<(), Box<dyn std::error::Error>>;
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// A chart with euros (or days) on both axes.
pub type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

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

/// The words on the charts.
pub struct ChartWords {
    pub lang: Lang,
    pub legal_maximum: &'static str,
    pub fine: &'static str,
    pub ceiling: &'static str,
    pub group_fine: &'static str,
    pub forfeited: &'static str,
    pub penalty_max: &'static str,
    pub as_of: &'static str,
    pub complied: &'static str,
    pub suspended: &'static str,
    /// What `≥` before a limit means.
    pub at_least: &'static str,
    pub euros: &'static str,
}

/// A position on the canvas for plotting; `None` only beyond f64's range, which no euro amount
/// reaches.
pub fn euros(amount: Money) -> f64 {
    amount.amount().to_f64().unwrap_or(f64::MAX)
}

/// Case-file text for a chart label: control characters shown as `\u{..}`, as in the page.
pub fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_unicode().to_string() } else { c.to_string() }).collect()
}

/// An axis tick or bar label: `20M`, `1.25bn` (en) or `20 mln`, `1,25 mld` (nl).
pub fn short_euros(value: f64, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let (scaled, unit) = match value.abs() {
        v if v >= 1e9 => (value / 1e9, if nl { " mld" } else { "bn" }),
        v if v >= 1e6 => (value / 1e6, if nl { " mln" } else { "M" }),
        v if v >= 1e3 => (value / 1e3, "k"),
        _ => (value, ""),
    };
    let mut text = format!("{scaled:.2}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if nl {
        text = text.replace('.', ",");
    }
    format!("{text}{unit}")
}

/// Roughly how wide a label is drawn, for laying out legends and label areas.
pub fn text_width(text: &str, size: u32) -> i32 {
    (text.chars().count() as f64 * f64::from(size) * 0.56).ceil() as i32
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
pub fn fines(rows: &[BarRow], words: &ChartWords) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let keys = fines_keys(rows, words);
    let legend_height = legend_rows(&keys, FINES_WIDTH - 20) * 20 + 8;
    let height = 56 + 34 * rows.len() as u32 + legend_height;
    svg((FINES_WIDTH, height), |root| {
        let (plot, key_area) = root.split_vertically(height - legend_height);
        draw_bars(&plot, rows, words)?;
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
        keys.push(key("> max", BAD));
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

fn draw_bars(plot: &Area, rows: &[BarRow], words: &ChartWords) -> Drawn {
    let n = rows.len() as f64;
    let top = rows.iter().flat_map(|r| [r.limit, r.amount]).flatten().map(euros).fold(0.0, f64::max);
    let x_max = if top > 0.0 { top * 1.22 } else { 1.0 };
    let label_area = rows.iter().map(|r| text_width(&r.label, 13)).max().unwrap_or(0).clamp(60, 280) + 24;
    let mut chart = ChartBuilder::on(plot)
        .margin_top(10)
        .margin_right(16)
        .x_label_area_size(36)
        .y_label_area_size(label_area)
        .build_cartesian_2d(0f64..x_max, 0f64..n)?;
    // Row i is the band [n-1-i, n-i] (the first row at the top). Asking for 2n+1 labels makes
    // plotters tick every half row; the centres are labelled, the edges left blank.
    let label = |y: &f64| {
        let from_top = n - y - 0.5;
        let index = from_top.round();
        let centre = (from_top - index).abs() < 0.01 && index >= 0.0 && index < n;
        if centre { rows[index as usize].label.clone() } else { String::new() }
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(MUTED)
        .y_labels(rows.len() * 2 + 1)
        .y_label_formatter(&label)
        .x_labels(8)
        .x_label_formatter(&|v| short_euros(*v, words.lang))
        .x_desc(words.euros)
        .label_style((FONT, 13).into_font().color(&INK))
        .axis_desc_style((FONT, 12).into_font().color(&MUTED))
        .draw()?;
    for (i, r) in rows.iter().enumerate() {
        let bottom = n - 1.0 - i as f64;
        let (pale, dark) = if r.group { (CEILING, GROUP_FINE) } else { (LIMIT, FINE) };
        if let Some(limit) = r.limit {
            let bar = Rectangle::new([(0.0, bottom + 0.14), (euros(limit), bottom + 0.86)], pale.filled());
            chart.plotting_area().draw(&bar)?;
        }
        if let Some(amount) = r.amount {
            let color = if exceeds(r) { BAD } else { dark };
            let bar = Rectangle::new([(0.0, bottom + 0.3), (euros(amount), bottom + 0.7)], color.filled());
            chart.plotting_area().draw(&bar)?;
        }
        let end = [r.limit, r.amount].into_iter().flatten().map(euros).fold(0.0, f64::max);
        let style = TextStyle::from((FONT, 12).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
        chart.plotting_area().draw(&Text::new(bar_text(r, words.lang), (end + x_max * 0.006, bottom + 0.5), style))?;
    }
    Ok(())
}

/// `10.5M / ≥ 20M`: the fine and its limit, a floor marked as one.
fn bar_text(row: &BarRow, lang: Lang) -> String {
    let floor = if row.at_least { "\u{2265} " } else { "" };
    let short = |amount: Money| short_euros(euros(amount), lang);
    match (row.amount, row.limit) {
        (Some(a), Some(l)) => format!("{} / {floor}{}", short(a), short(l)),
        (None, Some(l)) => format!("{floor}{}", short(l)),
        (Some(a), None) => short(a),
        (None, None) => "-".into(),
    }
}

const PENALTY_SIZE: (u32, u32) = (540, 300);

/// Days from `start` to `date` (negative before it).
fn days(start: Date, date: Date) -> f64 {
    start.until(date).map_or(0.0, |span| f64::from(span.get_days()))
}

/// Where a penalty chart's line runs and how far its axes reach.
struct Geometry {
    /// Day 0 of the x axis.
    start: Date,
    points: Vec<(f64, f64)>,
    x_range: std::ops::Range<f64>,
    y_max: f64,
}

fn geometry(p: &PenaltyReport, as_of: Date) -> Geometry {
    // An order per breach may have no deadline (Awb 5:32a(2)): its line starts at the first breach.
    let start = p.accrual_starts.or(p.schedule.first().map(|period| period.from)).unwrap_or(p.accrual_ends);
    let mut points = vec![(0.0, 0.0)];
    for period in &p.schedule {
        let day = days(start, period.forfeited_on);
        let before = points.last().map_or(0.0, |&(_, y)| y);
        points.extend([(day, before), (day, euros(period.cumulative))]);
    }
    let marks = [Some(p.accrual_ends), Some(as_of), p.complied, p.max_reached_on];
    let last =
        marks.into_iter().flatten().map(|d| days(start, d)).chain(points.iter().map(|p| p.0)).fold(1.0, f64::max);
    let first = days(start, as_of).min(0.0);
    let x_range = first..last + (last - first) * 0.06;
    let forfeited = euros(p.forfeited);
    // What is forfeited stays forfeited: the line runs on to the chart's right edge.
    points.push((x_range.end, forfeited));
    let top = p.max.map(euros).unwrap_or(0.0).max(forfeited);
    Geometry { start, points, x_range, y_max: if top > 0.0 { top * 1.18 } else { 1.0 } }
}

/// The amount forfeited under one order over time, as a step line, with its ceiling, the as-of
/// date, the compliance date and any suspensions marked.
pub fn penalty(p: &PenaltyReport, as_of: Date, words: &ChartWords) -> Option<String> {
    let g = geometry(p, as_of);
    let keys = penalty_keys(p, words);
    let legend_height = legend_rows(&keys, PENALTY_SIZE.0 - 20) * 20 + 6;
    svg(PENALTY_SIZE, |root| {
        let (plot, key_area) = root.split_vertically(PENALTY_SIZE.1 - legend_height);
        let mut chart = ChartBuilder::on(&plot)
            .margin_top(12)
            .margin_right(18)
            .x_label_area_size(30)
            .y_label_area_size(58)
            .build_cartesian_2d(g.x_range.clone(), 0.0..g.y_max)?;
        let date_label = |v: &f64| {
            g.start.checked_add(jiff::Span::new().days(v.round() as i64)).map(|d| d.to_string()).unwrap_or_default()
        };
        chart
            .configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .x_labels(4)
            .x_label_formatter(&date_label)
            .y_labels(6)
            .y_label_formatter(&|v| short_euros(*v, words.lang))
            .label_style((FONT, 12).into_font().color(&INK))
            .draw()?;
        for s in &p.suspensions {
            let until = s.until.map_or(g.x_range.end, |day| days(g.start, day));
            let span = [(days(g.start, s.from), 0.0), (until, g.y_max)];
            chart.draw_series([Rectangle::new(span, MUTED.mix(0.16).filled())])?;
        }
        let area = AreaSeries::new(g.points.iter().copied(), 0.0, FINE.mix(0.12));
        chart.draw_series(area.border_style(FINE.stroke_width(2)))?;
        if let Some(max) = p.max {
            let ceiling = [(g.x_range.start, euros(max)), (g.x_range.end, euros(max))];
            chart.draw_series(DashedLineSeries::new(ceiling, 6, 4, BAD.stroke_width(2)))?;
        }
        mark_day(&mut chart, &g, as_of, MUTED, format!("{} {as_of}", words.as_of))?;
        if let Some(day) = p.complied {
            mark_day(&mut chart, &g, day, GOOD, format!("{} {day}", words.complied))?;
        }
        legend(&key_area.margin(0, 0, 10, 10), &keys)
    })
}

/// A vertical line at `day`, labelled beside it on the roomier side, above the ceiling (which
/// sits at 1/1.18 of the height).
fn mark_day(chart: &mut Chart, g: &Geometry, day: Date, color: RGBColor, text: String) -> Drawn {
    let x = days(g.start, day);
    chart.draw_series(LineSeries::new([(x, 0.0), (x, g.y_max)], color.stroke_width(1)))?;
    let width = g.x_range.end - g.x_range.start;
    let (side, x) = if x - g.x_range.start > width / 3.0 {
        (HPos::Right, x - width * 0.01)
    } else {
        (HPos::Left, x + width * 0.01)
    };
    let style = TextStyle::from((FONT, 12).into_font()).color(&color).pos(Pos::new(side, VPos::Top));
    chart.plotting_area().draw(&Text::new(text, (x, g.y_max * 0.985), style))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_amounts_read_as_written_in_each_language() {
        assert_eq!(short_euros(20_000_000.0, Lang::En), "20M");
        assert_eq!(short_euros(1_250_000_000.0, Lang::En), "1.25bn");
        assert_eq!(short_euros(10_500_000.0, Lang::Nl), "10,5 mln");
        assert_eq!(short_euros(0.0, Lang::En), "0");
    }

    #[test]
    fn control_characters_in_labels_become_visible_escapes() {
        assert_eq!(clean("a\u{7}b<"), "a\\u{7}b<");
    }
}
