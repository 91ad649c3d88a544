//! `art83 sweep --format svg`: the legal maxima and method results against turnover as one SVG
//! chart, EDPB ranges as bands, with labelled axes and a legend.
//!
//! A sweep may have millions of points; a chart is a thousand pixels wide. Points are folded as
//! they come into one bucket per pixel column keeping the first, lowest, highest and last value
//! (the M4 reduction), which draws the same picture from a few thousand points. Points stay exact
//! Decimals until drawn; a [`Scale`] then places them on whole pixels.

use plotters::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::SweepWriter;
use super::chart::{self, Chart, FONT, Frame, GRID, INK, Key, MUTED, PALETTE, Scale};
use super::labels::Lang;
use crate::calc::Case;
use crate::calc::money::Money;
use crate::calc::sweep::SweepPoint;

const WIDTH: u32 = 1000;
const PLOT_HEIGHT: u32 = 560;
const COLUMNS: usize = 1000;

/// A point of a line: turnover and amount, in euros.
type Point = (Decimal, Decimal);

#[derive(Clone, Copy)]
struct Bucket {
    first: Point,
    low: Point,
    high: Point,
    last: Point,
}

/// One line of the chart, reduced to at most four points per pixel column.
#[derive(Clone)]
struct Line {
    buckets: Vec<Option<Bucket>>,
}

impl Line {
    fn new() -> Line {
        Line { buckets: vec![None; COLUMNS] }
    }

    fn add(&mut self, column: usize, point: Point) {
        let slot = &mut self.buckets[column.min(COLUMNS - 1)];
        match slot {
            None => *slot = Some(Bucket { first: point, low: point, high: point, last: point }),
            Some(b) => {
                if point.1 < b.low.1 {
                    b.low = point;
                }
                if point.1 > b.high.1 {
                    b.high = point;
                }
                b.last = point;
            }
        }
    }

    fn points(&self) -> Vec<Point> {
        let mut points: Vec<Point> = Vec::new();
        for b in self.buckets.iter().flatten() {
            let (a, c) = if b.low.0 <= b.high.0 { (b.low, b.high) } else { (b.high, b.low) };
            for point in [b.first, a, c, b.last] {
                if points.last() != Some(&point) {
                    points.push(point);
                }
            }
        }
        points
    }
}

/// The lines of one violation.
#[derive(Clone)]
struct Lines {
    maximum: Line,
    fine: Line,
    low: Line,
    high: Line,
}

words! {
    /// The chart's words.
    pub struct Words {
        turnover: "label-sweep-chart-turnover",
        band: "label-sweep-chart-band",
        maximum: "label-sweep-chart-maximum",
        fine: "label-sweep-chart-fine",
        total: "label-sweep-chart-total",
    }
}

pub struct SvgSweep {
    lang: Lang,
    title: String,
    ids: Vec<String>,
    /// The turnover range, mapped onto the columns.
    columns: Scale,
    lines: Vec<Lines>,
    total: Line,
    with_fines: bool,
    top: Decimal,
    /// The currency of the amounts on the y axis: the decision's (the turnover stays in EUR).
    currency: &'static str,
}

pub fn writer(case: &Case, from: Money, to: Money, lang: Lang) -> SvgSweep {
    let ids: Vec<String> = case.violations.iter().map(|v| chart::clean(&v.id)).collect();
    let fresh = Lines { maximum: Line::new(), fine: Line::new(), low: Line::new(), high: Line::new() };
    let columns = Scale { from: from.amount(), to: to.amount(), pixels: COLUMNS as i32 - 1 };
    SvgSweep {
        lang,
        title: chart::clean(&case.title),
        lines: vec![fresh; ids.len()],
        ids,
        columns,
        total: Line::new(),
        with_fines: case.violations.iter().any(|v| v.fine.is_some() || v.method.is_some()),
        top: Decimal::ZERO,
        currency: case.currency.as_ref().map_or("EUR", |c| c.currency.code()),
    }
}

impl SweepWriter for SvgSweep {
    fn begin(&mut self) -> String {
        String::new()
    }

    fn point(&mut self, point: &SweepPoint) -> String {
        let x = point.turnover.amount();
        // The nearest column (Scale rounds half away from zero); the range's ends are columns.
        let column = usize::try_from(self.columns.at(x)).unwrap_or(0);
        let mut add = |line: &mut Line, amount: Option<Money>| {
            if let Some(amount) = amount {
                let y = amount.amount();
                self.top = self.top.max(y);
                line.add(column, (x, y));
            }
        };
        for (lines, value) in self.lines.iter_mut().zip(&point.violations) {
            add(&mut lines.maximum, value.legal_maximum);
            add(&mut lines.fine, value.fine);
            add(&mut lines.low, value.range.map(|[low, _]| low));
            add(&mut lines.high, value.range.map(|[_, high]| high));
        }
        if self.with_fines {
            add(&mut self.total, Some(point.total));
        }
        String::new()
    }

    fn end(&mut self) -> String {
        let series = self.series();
        let keys: Vec<Key> = series.iter().map(|s| s.key(self.words())).collect();
        let legend_height = chart::legend_rows(&keys, WIDTH - 40) * 20 + 12;
        let size = (WIDTH, PLOT_HEIGHT + legend_height);
        let (from, to) =
            (self.columns.from, self.columns.from + (self.columns.to - self.columns.from).max(Decimal::ONE));
        let y_max = if self.top > Decimal::ZERO { self.top * dec!(1.08) } else { Decimal::ONE };
        let drawn = chart::svg(size, |root| {
            let (plot, key_area) = root.split_vertically(PLOT_HEIGHT);
            // As ChartBuilder's margin and caption would, so that the frame can measure the rest.
            let plot = plot.margin(16, 16, 16, 16).titled(&self.title, (FONT, 18).into_font().color(&INK))?;
            let frame = Frame { top: 0, right: 0, x_labels: 48, y_labels: 72 };
            let (width, height) = frame.plot_size(&plot)?;
            let x = Scale { from, to, pixels: width };
            let y = Scale { from: Decimal::ZERO, to: y_max, pixels: height };
            let short = |v: Decimal| chart::short_euros(v, self.lang);
            let x_ticks = chart::placed(&x, &chart::ticks(from, to, 9, dec!(0.01)), short);
            let y_ticks = chart::placed(&y, &chart::ticks(Decimal::ZERO, y_max, 8, dec!(0.01)), short);
            let mut chart = frame.build(&plot, (&x, &x_ticks), (&y, &y_ticks))?;
            chart
                .configure_mesh()
                .light_line_style(WHITE)
                .bold_line_style(GRID)
                .axis_style(MUTED)
                .x_label_formatter(&|p| chart::tick_label(&x_ticks, *p))
                .y_label_formatter(&|p| chart::tick_label(&y_ticks, *p))
                .x_desc(self.words().turnover)
                .y_desc(self.currency)
                .label_style((FONT, 13).into_font().color(&INK))
                .axis_desc_style((FONT, 13).into_font().color(&MUTED))
                .draw()?;
            for s in &series {
                s.draw(&mut chart, (&x, &y))?;
            }
            chart::legend(&key_area.margin(4, 0, 24, 16), &keys)
        });
        let mut text = drawn.unwrap_or_default();
        text.push('\n');
        text
    }
}

#[derive(PartialEq)]
enum Kind {
    Band(Vec<Point>),
    Maximum,
    Fine,
    Total,
}

/// `and 3 more` violations, in the words' language.
fn more(lang: Lang, count: usize) -> String {
    crate::l10n::catalogue::text(lang, &crate::l10n::Message::new("label-sweep-chart-more").arg("count", count))
}

/// The sweep chart's labels that have values.
#[cfg(test)]
pub const WITH_VALUES: [&str; 1] = ["label-sweep-chart-more"];

/// A line or band as drawn, with the violations it stands for.
struct Series {
    kind: Kind,
    points: Vec<Point>,
    color: RGBColor,
    ids: Vec<String>,
}

impl Series {
    fn key(&self, words: &Words) -> Key {
        let who = match self.ids.len() {
            0 => String::new(),
            1..=3 => format!(" {}", self.ids.join(", ")),
            n => format!(" {}, {} {}", self.ids[0], self.ids[1], more(words.lang, n - 2)),
        };
        let (what, line, dashed) = match self.kind {
            Kind::Band(_) => (words.band, false, false),
            Kind::Maximum => (words.maximum, true, false),
            Kind::Fine => (words.fine, true, true),
            Kind::Total => (words.total, true, false),
        };
        Key { text: format!("{what}{who}"), color: self.color, line, dashed }
    }

    fn draw(&self, chart: &mut Chart, (x, y): (&Scale, &Scale)) -> Result<(), Box<dyn std::error::Error>> {
        let pixel = |&(turnover, amount): &Point| (x.at(turnover), y.at(amount));
        let points = self.points.iter().map(pixel);
        match &self.kind {
            Kind::Band(low) => {
                let outline: Vec<(i32, i32)> = self.points.iter().chain(low.iter().rev()).map(pixel).collect();
                chart.draw_series([Polygon::new(outline, self.color.mix(0.22).filled())])?;
            }
            Kind::Maximum => {
                chart.draw_series(LineSeries::new(points, self.color.stroke_width(2)))?;
            }
            Kind::Fine => {
                chart.draw_series(DashedLineSeries::new(points, 8, 5, self.color.stroke_width(3)))?;
            }
            Kind::Total => {
                chart.draw_series(LineSeries::new(points, INK.stroke_width(3)))?;
            }
        }
        Ok(())
    }
}

impl SvgSweep {
    fn words(&self) -> &'static Words {
        Words::of(self.lang)
    }

    /// Bands first (underneath), then maxima, fines and the total; a line shared by several
    /// violations (the same maximum, say) is drawn once and named for all of them.
    fn series(&self) -> Vec<Series> {
        let mut series: Vec<Series> = Vec::new();
        let mut push = |kind: Kind, points: Vec<Point>, color: RGBColor, id: &str| {
            if points.is_empty() {
                return;
            }
            let same = |s: &Series| s.kind == kind && s.points == points;
            match series.iter_mut().find(|s| same(s)) {
                Some(existing) => existing.ids.push(id.to_string()),
                None => series.push(Series { kind, points, color, ids: vec![id.to_string()] }),
            }
        };
        let colors = |i: usize| PALETTE[i % PALETTE.len()];
        for (i, (lines, id)) in self.lines.iter().zip(&self.ids).enumerate() {
            push(Kind::Band(lines.low.points()), lines.high.points(), colors(i), id);
        }
        for (i, (lines, id)) in self.lines.iter().zip(&self.ids).enumerate() {
            push(Kind::Maximum, lines.maximum.points(), colors(i), id);
        }
        for (i, (lines, id)) in self.lines.iter().zip(&self.ids).enumerate() {
            push(Kind::Fine, lines.fine.points(), colors(i), id);
        }
        if self.ids.len() > 1 {
            push(Kind::Total, self.total.points(), INK, "");
        }
        for s in &mut series {
            s.ids.retain(|id| !id.is_empty());
        }
        series
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_keeps_its_first_lowest_highest_and_last_points_in_order() {
        let mut line = Line::new();
        for (x, y) in [(dec!(0), dec!(5)), (dec!(0.1), dec!(9)), (dec!(0.2), dec!(1)), (dec!(0.3), dec!(4))] {
            line.add(0, (x, y));
        }
        line.add(1, (dec!(1), dec!(7)));
        let expected =
            [(dec!(0), dec!(5)), (dec!(0.1), dec!(9)), (dec!(0.2), dec!(1)), (dec!(0.3), dec!(4)), (dec!(1), dec!(7))];
        assert_eq!(line.points(), expected);
    }

    #[test]
    fn a_straight_run_in_one_column_is_two_points() {
        let mut line = Line::new();
        for k in 0..100 {
            line.add(3, (Decimal::from(k), dec!(20)));
        }
        assert_eq!(line.points(), [(dec!(0), dec!(20)), (dec!(99), dec!(20))]);
    }
}
