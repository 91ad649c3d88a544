//! The HTML report in a real browser: headless Chromium renders the Clearview page to a PNG,
//! and the picture must show text and the charts' colours, not a blank page; printed to PDF,
//! its pages are A4.
//!
//! Without Chromium the test says it skipped, except in CI (`CI=true`, where `.ci/run`
//! installs Debian's `chromium`): there a missing browser is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::run;

/// The browser: `ART83_CHROMIUM`, else the first of the usual names on the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ART83_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let paths = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        .iter()
        .flat_map(|name| std::env::split_paths(&paths).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Renders `page` to `png` with the flags that work in containers (no sandbox, no GPU, no
/// network services, a fresh profile). Chromium is stopped if it hangs: a guard, not a timing.
pub fn screenshot(browser: &Path, page: &Path, png: &Path, size: &str) -> Result<(), String> {
    let output = [format!("--screenshot={}", png.display()), format!("--window-size={size}")];
    chromium_run(browser, page, &output)
}

/// Prints `page` to `pdf` as the browser's print dialog would, with the page's print styles.
fn print_to_pdf(browser: &Path, page: &Path, pdf: &Path) -> Result<(), String> {
    chromium_run(browser, page, &["--no-pdf-header-footer".into(), format!("--print-to-pdf={}", pdf.display())])
}

fn chromium_run(browser: &Path, page: &Path, output: &[String]) -> Result<(), String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .args(["--hide-scrollbars", "--force-device-scale-factor=1"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(output)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", browser.display()))?;
    let started = Instant::now();
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => {
                let output = child.wait_with_output().map_err(|e| e.to_string())?;
                return Err(format!("chromium exited with {status}: {}", String::from_utf8_lossy(&output.stderr)));
            }
            None if started.elapsed() > Duration::from_secs(120) => {
                let _ = child.kill();
                return Err("chromium did not finish within two minutes".into());
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// The pixels of a PNG as RGB triples.
fn pixels(png: &Path) -> Vec<[u8; 3]> {
    let file = std::io::BufReader::new(std::fs::File::open(png).expect("the screenshot exists"));
    let mut reader = png::Decoder::new(file).read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("a sane size")];
    let frame = reader.next_frame(&mut buffer).expect("a frame");
    let channels = frame.color_type.samples();
    assert_eq!(frame.bit_depth, png::BitDepth::Eight, "an 8-bit screenshot");
    assert!(channels >= 3, "a colour screenshot, not {:?}", frame.color_type);
    buffer[..frame.buffer_size()].chunks_exact(channels).map(|p| [p[0], p[1], p[2]]).collect()
}

fn near(pixel: [u8; 3], color: [u8; 3], tolerance: u8) -> bool {
    pixel.iter().zip(color).all(|(&a, b)| a.abs_diff(b) <= tolerance)
}

#[test]
fn chromium_renders_the_clearview_report_as_a_picture_that_is_not_blank() {
    let Some(browser) = chromium() else {
        let required =
            std::env::var("CI").is_ok_and(|v| v == "true") || std::env::var_os("ART83_REQUIRE_CHROMIUM").is_some();
        assert!(!required, "Chromium is required in CI: apt-get install -y chromium (or set ART83_CHROMIUM)");
        eprintln!("skipped: no Chromium found (install Debian's `chromium` or set ART83_CHROMIUM)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let (code, html, stderr) =
        run(&["calc", "examples/clearview-ap-2024.toml", "--format", "html", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 0, "{stderr}");
    std::fs::write(&page, html).unwrap();
    let png = dir.path().join("report.png");
    screenshot(&browser, &page, &png, "1200,2000").unwrap();

    let pixels = pixels(&png);
    assert_eq!(pixels.len(), 1200 * 2000, "the window's size");
    let inked = pixels.iter().filter(|p| p.iter().any(|&c| c < 200)).count();
    let dark = pixels.iter().filter(|p| p.iter().all(|&c| c < 90)).count();
    // The group fines' bars (#9c5a06) and the heading's blue (#1d4e89) are drawn.
    let bars = pixels.iter().filter(|&&p| near(p, [0x9c, 0x5a, 0x06], 24)).count();
    let blue = pixels.iter().filter(|&&p| near(p, [0x1d, 0x4e, 0x89], 24)).count();
    assert!(inked > pixels.len() / 100, "almost blank: {inked} inked pixels of {}", pixels.len());
    assert!(dark > 2_000, "no text to speak of: {dark} dark pixels");
    assert!(bars > 500, "the fines chart's group bars are missing: {bars} pixels");
    assert!(blue > 200, "the title's colour is missing: {blue} pixels");

    // Printed, the page is A4 (595 x 842 points) and a few pages long.
    let pdf = dir.path().join("report.pdf");
    print_to_pdf(&browser, &page, &pdf).unwrap();
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<&str> = text.match_indices("/MediaBox").map(|(i, _)| &text[i..(i + 40).min(text.len())]).collect();
    assert!(!boxes.is_empty(), "no pages in the PDF");
    for media in &boxes {
        assert!(media.contains("594.9") && media.contains("841.9"), "not A4: {media}");
    }
    assert!((2..=12).contains(&boxes.len()), "{} pages", boxes.len());
}
