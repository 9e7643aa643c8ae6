//! The command line: parses arguments, runs the pipeline, and maps outcomes
//! to exit codes (0 ran clean, 1 findings listed in `--fail-on` or a figure
//! below an eval threshold, 2 bad input).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::model::{ArticleId, Finding, FindingKind};
use crate::report::{self, table, Format, Report};
use crate::{corpus, eval, matcher, reconcile, rulebook};

const EXIT_CODES: &str = "Exit codes:
  0  the run finished and found nothing listed in --fail-on
  1  findings of a kind listed in --fail-on (or a failing rule test)
  2  bad input or usage: a bad rule, an unreadable path, an unknown flag";

/// Checks where news articles agree, disagree, or assert things no one backs up.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scan the corpus with the rulebook and report findings.
    Check(CheckArgs),
    /// Validate, test or list the rulebook.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Run the check and score it against a labels file.
    Eval(EvalArgs),
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXIT_CODES)]
struct CheckArgs {
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    rules: PathBuf,
    /// Article files or directories (repeatable).
    #[arg(long, default_value = "corpus", num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Worker threads for the matcher (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Exit with code 1 when a finding of one of these kinds is reported.
    #[arg(long, value_enum, value_delimiter = ',')]
    fail_on: Vec<FindingKind>,
    /// Show only findings of these kinds.
    #[arg(long, value_enum, value_delimiter = ',')]
    kind: Vec<FindingKind>,
    /// Show only findings of these rule ids.
    #[arg(long, value_delimiter = ',')]
    rule: Vec<String>,
    /// Show only findings that involve this article (path as given in the corpus).
    #[arg(long)]
    focus: Option<PathBuf>,
}

const EVAL_EXIT_CODES: &str = "Exit codes:
  0  every figure meets its threshold in the labels file (or has none)
  1  a figure falls below its threshold
  2  bad input or usage: a bad labels file, a bad rule, an unreadable path";

#[derive(Debug, clap::Args)]
#[command(after_help = EVAL_EXIT_CODES)]
struct EvalArgs {
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    rules: PathBuf,
    /// Article files or directories (repeatable).
    #[arg(long, default_value = "corpus", num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// The labels file (format in tests/eval/README.md).
    #[arg(long)]
    labels: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = eval::Format::Table)]
    format: eval::Format,
    /// Worker threads for the matcher (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Validate every rule file and report every problem.
    Check {
        /// Directory of rule files.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
    /// Run every rule's examples and print a per-rule table.
    Test {
        /// Directory of rule files.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
    /// Print every literal phrase of the rulebook, one per line (for a ripgrep baseline).
    Literals {
        /// Directory of rule files.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimcheck: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Eval(args) => eval(&args),
        Command::Rules(RulesCommand::Check { dir }) => {
            let rulebook = load_rules(&dir)?;
            let warnings = rulebook.warnings();
            for warning in &warnings {
                eprintln!("claimcheck: warning: {}: {warning}", dir.display());
            }
            eprintln!(
                "{}: {} rules, no problems",
                dir.display(),
                rulebook.rules.len()
            );
            Ok(0)
        }
        Command::Rules(RulesCommand::Test { dir }) => {
            let rulebook = load_rules(&dir)?;
            let outcome = crate::ruletest::run(&rulebook);
            write_stdout(&outcome.report)?;
            Ok(if outcome.passed { 0 } else { 1 })
        }
        Command::Rules(RulesCommand::Literals { dir }) => {
            let rulebook = load_rules(&dir)?;
            let mut out = rulebook.literals().join("\n");
            out.push('\n');
            write_stdout(&out)?;
            Ok(0)
        }
    }
}

fn check(args: &CheckArgs) -> anyhow::Result<u8> {
    let Checked {
        rules,
        scan,
        findings,
    } = run_check(&args.rules, &args.corpus, args.threads)?;
    let focus = match &args.focus {
        Some(path) => Some(focus_doc(&scan.documents, path)?),
        None => None,
    };
    let shown: Vec<Finding> = findings
        .into_iter()
        .filter(|finding| keep(args, &rules, &scan.instances, focus, finding))
        .collect();
    let style = table::Style {
        width: terminal_width(),
        color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let report = Report {
        documents: &scan.documents,
        rules: &rules,
        instances: &scan.instances,
        findings: &shown,
    };
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    report::write(&report, args.format, &style, &mut stdout).context("writing to stdout")?;
    stdout.flush().context("writing to stdout")?;
    if shown
        .iter()
        .any(|finding| args.fail_on.contains(&finding.kind))
    {
        return Ok(1);
    }
    Ok(if scan.warnings.is_empty() { 0 } else { 2 })
}

/// What the check pipeline produced, before any filter.
struct Checked {
    rules: Vec<crate::kinds::RuleInfo>,
    scan: matcher::Scan,
    findings: Vec<Finding>,
}

/// The check pipeline shared by `check` and `eval`: rulebook load, corpus
/// discovery, matcher scan (warnings go to stderr) and reconcile.
fn run_check(
    rules_dir: &Path,
    corpus_paths: &[PathBuf],
    threads: Option<u16>,
) -> anyhow::Result<Checked> {
    if let Some(threads) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(threads))
            .build_global()
            .context("starting the thread pool")?;
    }
    let rulebook = load_rules(rules_dir)?;
    let corpus = corpus::discover(corpus_paths)?;
    let progress = progress_bar(corpus.sources.len());
    let scan = matcher::scan_with_progress(&rulebook, &corpus, &progress);
    progress.finish_and_clear();
    for warning in &scan.warnings {
        eprintln!("claimcheck: warning: {warning}");
    }
    if scan.documents.is_empty() {
        anyhow::bail!("no readable articles in {}", display_paths(corpus_paths));
    }
    let rules = rulebook.infos();
    let findings = reconcile::reconcile(&reconcile::Input {
        rules: &rules,
        names: &rulebook.names,
        documents: &scan.documents,
        instances: &scan.instances,
        names_seen: &scan.names,
    });
    Ok(Checked {
        rules,
        scan,
        findings,
    })
}

/// Runs the check, renders it as `check --format json` would (every finding,
/// no filter) and scores that JSON against the labels.
fn eval(args: &EvalArgs) -> anyhow::Result<u8> {
    let labels = eval::labels::load(&args.labels)?;
    let Checked {
        rules,
        scan,
        findings,
    } = run_check(&args.rules, &args.corpus, args.threads)?;
    let report = Report {
        documents: &scan.documents,
        rules: &rules,
        instances: &scan.instances,
        findings: &findings,
    };
    let mut json = Vec::new();
    report::json::write(&report, &mut json).context("rendering the report as JSON")?;
    let outcome = eval::run(&eval::Job {
        labels: &labels,
        corpus: &args.corpus,
        report_json: &json,
        format: args.format,
    })?;
    write_stdout(&outcome.output)?;
    if !scan.warnings.is_empty() {
        return Ok(2);
    }
    Ok(if outcome.passed { 0 } else { 1 })
}

fn keep(
    args: &CheckArgs,
    rules: &[crate::kinds::RuleInfo],
    instances: &[crate::model::Instance],
    focus: Option<ArticleId>,
    finding: &Finding,
) -> bool {
    let kind_ok = args.kind.is_empty() || args.kind.contains(&finding.kind);
    let rule_ok = args.rule.is_empty()
        || finding
            .rule
            .and_then(|rule| rules.get(rule.index()))
            .is_some_and(|rule| args.rule.contains(&rule.id));
    let focus_ok = focus.is_none_or(|doc| {
        finding.sides.iter().any(|side| {
            side.instances.iter().any(|idx| {
                instances
                    .get(*idx as usize)
                    .is_some_and(|instance| instance.citation.doc == doc)
            }) || side
                .mentions
                .iter()
                .any(|mention| mention.citation.doc == doc)
        })
    });
    kind_ok && rule_ok && focus_ok
}

fn focus_doc(documents: &[crate::model::Document], path: &Path) -> anyhow::Result<ArticleId> {
    let wanted = path.to_string_lossy().replace('\\', "/");
    documents
        .iter()
        .position(|document| {
            wanted == document.path
                || wanted.ends_with(&format!("/{}", document.path))
                || wanted == document.id
        })
        .map(|idx| ArticleId(idx as u32))
        .with_context(|| format!("--focus {}: not an article of the corpus", path.display()))
}

fn load_rules(dir: &Path) -> anyhow::Result<rulebook::Rulebook> {
    rulebook::load(dir).map_err(|diagnostics| {
        anyhow::anyhow!(
            "{diagnostics}\n{} problem(s) in {}",
            diagnostics.0.len(),
            dir.display()
        )
    })
}

/// A bar on stderr for runs of many articles, only when stderr is a terminal.
fn progress_bar(n_articles: usize) -> ProgressBar {
    const MIN_ARTICLES: usize = 500;
    if n_articles < MIN_ARTICLES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(n_articles as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} scanning {pos}/{len} articles [{bar:40}] {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

fn terminal_width() -> Option<u16> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|value| value.parse().ok())
    {
        return Some(columns);
    }
    if std::io::stdout().is_terminal() {
        return None;
    }
    Some(120)
}

fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .context("writing to stdout")?;
    stdout.flush().context("writing to stdout")?;
    Ok(())
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
