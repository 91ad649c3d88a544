use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = art83::cli::Cli::parse_from(std::env::args_os());
    art83::app::run(cli).into()
}
