//! The command line: parses arguments, runs the pipeline, and maps outcomes
//! to exit codes (0 ran clean, 1 findings listed in `--fail-on` or a figure
//! below an eval threshold, 2 the run could not do its job).
//!
//! Writing never panics: a message that cannot reach stderr is dropped, a
//! closed stdout pipe ends the output but keeps the exit code the findings
//! decided, and any other failure to write stdout is exit 2.

use std::io::{IsTerminal, Write};
use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{Config, Inputs, Selection, StdinArticle, STDIN_NAME};
use crate::diag::{Level, Notice};
use crate::model::{ArticleId, Finding, FindingKind};
use crate::report::fingerprint::{self, BaselineStatus, Identity};
use crate::report::{self, table, Format, Report};
use crate::vocab::Named;
use crate::{corpus, eval, matcher, reconcile, rulebook};

const EXIT_CODES: &str = "Exit codes:
  0  the run finished and found nothing listed in --fail-on
  1  findings of a kind listed in --fail-on (or a failing rule test)
  2  the run could not do its job: a bad rule, an unreadable file or directory,
     an unknown flag, stdout not writable (2 wins over 1)
Warnings (a binary file skipped, a file decoded from another encoding, a bad
front-matter date) are printed to stderr and leave the exit code alone, unless
--strict makes any warning exit 2. A closed stdout pipe (`| head`) keeps the
exit code.";

/// Checks where news articles agree, disagree, or assert things no one backs up.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version = version(), after_help = EXIT_CODES)]
pub struct Cli {
    /// Print no warnings or progress messages on stderr (errors still are).
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

/// `--version`: the release and the JSON schema version it writes
/// (`report::json::SCHEMA_VERSION`, the one place that number is written).
fn version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        format!(
            "{} (JSON schema {})",
            env!("CARGO_PKG_VERSION"),
            crate::report::json::SCHEMA_VERSION
        )
    })
}

/// Set by `--quiet`: `inform` prints nothing.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A warning or progress line on stderr, unless `--quiet`.
fn inform(line: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        say(line);
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scan the corpus with the rulebook and report findings.
    Check(CheckArgs),
    /// Scan the corpus (or one shard of it) and write what `reconcile` needs
    /// as JSON Lines, without reporting (see docs/shards.md).
    Scan(ScanArgs),
    /// Read the shards `scan` wrote and report findings exactly as `check` does.
    Reconcile(ReconcileArgs),
    /// Validate, test or list the rulebook.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Run the check and score it against a labels file, or score one reading
    /// against a label bank (--speakers, --factuality).
    Eval(EvalArgs),
    /// Write every current finding, with its fingerprint, to a baseline file.
    Baseline(BaselineArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXIT_CODES)]
struct CheckArgs {
    #[command(flatten)]
    inputs: InputArgs,
    #[command(flatten)]
    report: ReportArgs,
}

/// How findings are reported, shared by `check` and `reconcile`.
#[derive(Debug, clap::Args)]
struct ReportArgs {
    /// Colour in the table: auto (a terminal without NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Output format [default: table, or the config's `format`].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Exit with code 1 when a finding of one of these kinds is reported
    /// (default: the config's `fail_on`).
    #[arg(long, value_enum, value_delimiter = ',')]
    fail_on: Vec<FindingKind>,
    /// Show only findings of these kinds.
    #[arg(long, value_enum, value_delimiter = ',')]
    kind: Vec<FindingKind>,
    /// Show only findings of these rule ids.
    #[arg(long, value_delimiter = ',')]
    rule: Vec<String>,
    /// Show only findings that involve this article, as evidence or as a
    /// mention (path as given in the corpus).
    #[arg(long)]
    focus: Option<PathBuf>,
    /// Exit with code 2 on any warning (a skipped binary file, a decoded file).
    #[arg(long)]
    strict: bool,
    /// A baseline file (`claimcheck baseline`): mark findings new, known or
    /// changed, and let --fail-on count only new and changed ones.
    #[arg(long)]
    baseline: Option<PathBuf>,
    #[command(flatten)]
    newsroom: NewsroomArgs,
}

const SCAN_EXIT_CODES: &str = "Exit codes:
  0  the shard was written
  2  the run could not do its job (a bad rule, an unreadable file or
     directory, the output not writable), or --strict and a warning; the
     shard is still written when the scan ran";

#[derive(Debug, clap::Args)]
#[command(after_help = SCAN_EXIT_CODES)]
struct ScanArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Scan only shard INDEX of COUNT (e.g. 2/4): the articles whose
    /// position in the sorted corpus, from 0, leaves INDEX-1 divided by COUNT.
    #[arg(long, value_name = "INDEX/COUNT")]
    shard: Option<crate::shard::Split>,
    /// The shard file to write [default: standard output].
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit with code 2 on any warning (a skipped binary file, a decoded file).
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXIT_CODES)]
struct ReconcileArgs {
    /// Shard files written by `claimcheck scan`, folders of them (*.jsonl),
    /// or `-` for shards on standard input (`zcat shards/*.gz | claimcheck reconcile -`).
    #[arg(required = true, value_name = "SHARD")]
    shards: Vec<PathBuf>,
    /// The config file [default: claimcheck.toml in the working directory, if any].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Directory of rule files the shards were scanned with (repeatable)
    /// [default: the config's `rules`, else rules].
    #[arg(long)]
    rules: Vec<PathBuf>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(Debug, clap::Args)]
struct BaselineArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// The baseline file to write; decisions and notes already in it are kept
    /// [default: the config's `baseline`, else claimcheck-baseline.toml].
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// When the table is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// What to check, shared by `check` and `baseline`; each overrides the config file.
#[derive(Debug, clap::Args)]
struct InputArgs {
    /// The config file [default: claimcheck.toml in the working directory, if any].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Directory of rule files (repeatable) [default: the config's `rules`, else rules].
    #[arg(long)]
    rules: Vec<PathBuf>,
    /// Article files or directories (repeatable; `-` reads one article from
    /// standard input) [default: the config's `corpus`, else corpus].
    #[arg(long, num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// A file listing article paths, one a line (added to --corpus).
    #[arg(long)]
    files_from: Option<PathBuf>,
    /// Worker threads for the matcher (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

impl InputArgs {
    /// The config file, then these flags over it.
    fn resolve(&self) -> anyhow::Result<(Option<Config>, Inputs)> {
        let config = crate::config::find(self.config.as_deref())?;
        let from_config = |pick: fn(&Config) -> &Vec<PathBuf>| {
            config.as_ref().map(pick).cloned().unwrap_or_default()
        };
        let mut rules = self.rules.clone();
        if rules.is_empty() {
            rules = from_config(|config| &config.rules);
        }
        if rules.is_empty() {
            rules.push(PathBuf::from("rules"));
        }
        let mut corpus = self.corpus.clone();
        if let Some(list) = &self.files_from {
            corpus.extend(crate::config::files_from(list)?);
        }
        if corpus.is_empty() {
            corpus = from_config(|config| &config.corpus);
        }
        if corpus.is_empty() {
            corpus.push(PathBuf::from("corpus"));
        }
        let mut stdin = None;
        if corpus.iter().any(|path| path.as_os_str() == "-") {
            let article = StdinArticle::read()?;
            let path = article.path();
            for entry in corpus.iter_mut().filter(|path| path.as_os_str() == "-") {
                entry.clone_from(&path);
            }
            stdin = Some(article);
        }
        let selection = match &config {
            Some(config) => Selection::new(&config.include, &config.exclude)?,
            None => Selection::default(),
        };
        Ok((
            config,
            Inputs {
                rules,
                corpus,
                selection,
                threads: self.threads,
                stdin,
            },
        ))
    }
}

/// Options of the newsroom outputs: the table's unsupported section, the
/// HTML report beside another format, the ClaimReview publisher.
#[derive(Debug, clap::Args)]
struct NewsroomArgs {
    /// Show unsupported assertions in full (table, Markdown) instead of one line each.
    #[arg(long)]
    all_unsupported: bool,
    /// Also write the HTML report to this file.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// ClaimReview `author`: the organisation publishing the reviews.
    #[arg(long, value_name = "NAME")]
    claimreview_author: Option<String>,
    /// ClaimReview `url`: the page the reviews are published on (each review adds `#` and the finding id).
    #[arg(long, value_name = "URL")]
    claimreview_url: Option<String>,
    /// ClaimReview `datePublished` (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    claimreview_date: Option<crate::model::PubDate>,
}

fn parse_date(text: &str) -> Result<crate::model::PubDate, String> {
    crate::model::PubDate::parse(text).map_err(|err| format!("date `{text}` {err}"))
}

const EVAL_EXIT_CODES: &str = "Exit codes:
  0  every figure meets its threshold in the labels file or the bank's bank.toml
     (or has none)
  1  a figure falls below its threshold
  2  the run could not do its job: a bad labels or bank file, a bad rule, an
     unreadable file or directory, stdout not writable (2 wins over 1)
Warnings leave the exit code alone unless --strict makes any warning exit 2.";

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
    #[arg(
        long,
        required_unless_present_any = ["speakers", "factuality"],
        conflicts_with_all = ["speakers", "factuality"]
    )]
    labels: Option<PathBuf>,
    /// Score speaker reading against a speaker bank instead: a bank file or a
    /// directory of them (format in tests/speakers/README.md); no rulebook or corpus.
    #[arg(long, value_name = "PATH", conflicts_with = "factuality")]
    speakers: Option<PathBuf>,
    /// Score factuality reading (stance, side, speech act) against a
    /// factuality bank instead: a bank file or a directory of them whose
    /// bank.toml holds the thresholds (tests/factuality/README.md); no rulebook or corpus.
    #[arg(long, value_name = "PATH")]
    factuality: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = eval::Format::Table)]
    format: eval::Format,
    /// Worker threads for the matcher (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Exit with code 2 on any warning (a skipped binary file, a decoded file).
    #[arg(long)]
    strict: bool,
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
        /// Test only these rule ids.
        #[arg(long, value_delimiter = ',')]
        rule: Vec<String>,
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
            say(&format!("claimcheck: {err:#}"));
            ExitCode::from(2)
        }
    }
}

/// Writes one line to stderr; a stderr that cannot be written (closed,
/// full) loses the line but never the run or its exit code.
pub fn say(line: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{line}");
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "claimcheck",
                &mut out,
            );
            write_stdout(&String::from_utf8_lossy(&out), 0)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut out)
                .context("rendering the man page")?;
            write_stdout(&String::from_utf8_lossy(&out), 0)
        }
        Command::Check(args) => check(&args),
        Command::Scan(args) => scan(&args),
        Command::Reconcile(args) => reconcile(&args),
        Command::Eval(args) => eval(&args),
        Command::Baseline(args) => write_baseline(&args),
        Command::Rules(RulesCommand::Check { dir }) => {
            let rulebook = load_rules(&dir)?;
            for warning in rulebook.warnings() {
                say(&format!(
                    "claimcheck: warning: {}: {warning}",
                    dir.display()
                ));
            }
            say(&format!(
                "{}: {} rules, no problems",
                dir.display(),
                rulebook.rules.len()
            ));
            Ok(0)
        }
        Command::Rules(RulesCommand::Test { dir, rule }) => {
            let rulebook = load_rules(&dir)?;
            let ids: Vec<&str> = rulebook
                .rules
                .iter()
                .map(|rule| rule.info.id.as_str())
                .collect();
            known_rules(&rule, &ids, std::slice::from_ref(&dir))?;
            let outcome = crate::ruletest::run(&rulebook, &rule);
            write_stdout(&outcome.report, if outcome.passed { 0 } else { 1 })
        }
        Command::Rules(RulesCommand::Literals { dir }) => {
            let rulebook = load_rules(&dir)?;
            let mut out = rulebook.literals().join("\n");
            out.push('\n');
            write_stdout(&out, 0)
        }
    }
}

fn check(args: &CheckArgs) -> anyhow::Result<u8> {
    let (config, inputs) = args.inputs.resolve()?;
    let (rulebook, part) = scan_inputs(&inputs, None)?;
    let joined = join_parts(
        &rulebook,
        vec![part],
        inputs.stdin.as_ref(),
        &display_paths(&inputs.corpus),
    )?;
    report(
        &args.report,
        config.as_ref(),
        &inputs.rules,
        &rulebook,
        joined,
    )
}

/// `claimcheck scan`: the matching half of `check`, written as a shard.
fn scan(args: &ScanArgs) -> anyhow::Result<u8> {
    let (_, inputs) = args.inputs.resolve()?;
    let (rulebook, part) = scan_inputs(&inputs, args.shard)?;
    let mut warnings = part.warnings.clone();
    warnings.sort();
    warnings.dedup();
    tell(&warnings);
    let files: Vec<String> = part
        .sources
        .iter()
        .map(|source| given_path(source, inputs.stdin.as_ref()))
        .collect();
    let code = exit_code(&warnings, args.strict, false);
    // A quote that could not be read back from the spill file was written
    // empty: the run failed.
    let spill_error = || part.spill.as_ref().and_then(|spill| spill.error());
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("writing shard {}", path.display()))?;
            let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
            crate::shard::write(&mut out, &rulebook, args.shard, &part, &files)
                .and_then(|()| out.flush())
                .with_context(|| format!("writing shard {}", path.display()))?;
            if let Some(err) = spill_error() {
                anyhow::bail!("{err}");
            }
            Ok(code)
        }
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let written = crate::shard::write(&mut out, &rulebook, args.shard, &part, &files)
                .and_then(|()| out.flush());
            if let Some(err) = spill_error() {
                anyhow::bail!("{err}");
            }
            wrote(written, code)
        }
    }
}

/// `claimcheck reconcile`: the shards joined, reconciled and reported as
/// `check` reports.
fn reconcile(args: &ReconcileArgs) -> anyhow::Result<u8> {
    let config = crate::config::find(args.config.as_deref())?;
    let mut rules = args.rules.clone();
    if rules.is_empty() {
        rules = config
            .as_ref()
            .map(|config| config.rules.clone())
            .unwrap_or_default();
    }
    if rules.is_empty() {
        rules.push(PathBuf::from("rules"));
    }
    let rulebook = load_rule_dirs(&rules)?;
    let parts = crate::shard::read(&args.shards, &rulebook)?;
    let joined = join_parts(
        &rulebook,
        parts,
        None,
        &format!("the shards {}", display_paths(&args.shards)),
    )?;
    report(&args.report, config.as_ref(), &rules, &rulebook, joined)
}

/// Reports `joined` as `args` ask (the reporting half of `check`, and all
/// of `reconcile` after reading): findings, filters, baseline, exit code,
/// format. JSON writes the rules, documents and instances on a writer
/// thread while the findings are reconciled on this one (when the pool has
/// two or more), then the findings: the same bytes as when they are made
/// first.
fn report(
    args: &ReportArgs,
    config: Option<&Config>,
    rule_dirs: &[PathBuf],
    rulebook: &rulebook::Rulebook,
    joined: Joined,
) -> anyhow::Result<u8> {
    let format = args
        .format
        .or(config.and_then(|config| config.format))
        .unwrap_or(Format::Table);
    let fail_on: Vec<FindingKind> = if args.fail_on.is_empty() {
        config
            .and_then(|config| config.fail_on.clone())
            .unwrap_or_default()
    } else {
        args.fail_on.clone()
    };
    let baseline_path = args
        .baseline
        .clone()
        .or(config.and_then(|config| config.baseline.clone()));
    let Joined { rules, scan, paths } = joined;
    let focus = match &args.focus {
        Some(path) => Some(focus_doc(&scan.documents, path)?),
        None => None,
    };
    let ids: Vec<&str> = rules.iter().map(|rule| rule.id.as_str()).collect();
    known_rules(&args.rule, &ids, rule_dirs)?;
    let baseline = match &baseline_path {
        Some(path) => Some((path, crate::baseline::load(path)?)),
        None => None,
    };
    // What the findings decide: the ones shown with their identities, how
    // many fail the run, how many baseline entries are stale.
    let decide = |findings: Vec<Finding>| {
        let mut identities = identify_all(&scan, &rules, &findings);
        let mut stale_entries = 0;
        if let Some((path, baseline)) = &baseline {
            let stale = crate::baseline::mark(baseline, &mut identities);
            warn_stale(path, &stale);
            stale_entries = stale.len();
        }
        // Failing is decided on every finding, whatever the display filters
        // show, and against a baseline only on new and changed ones.
        let failing = findings
            .iter()
            .zip(&identities)
            .filter(|(finding, identity)| {
                fail_on.contains(&finding.kind)
                    && identity
                        .baseline
                        .as_ref()
                        .is_none_or(|mark| mark.status != BaselineStatus::Known)
            })
            .count();
        let (shown, shown_identities): (Vec<Finding>, Vec<Identity>) = findings
            .into_iter()
            .zip(identities)
            .filter(|(finding, _)| keep(args, &rules, &scan.instances, focus, finding))
            .unzip();
        (shown, shown_identities, failing, stale_entries)
    };
    // Stale baseline entries are a warning like any other: `--strict` makes
    // them exit 2.
    let code = |failing: usize, stale_entries: usize| match exit_code(
        &scan.warnings,
        args.strict,
        failing > 0,
    ) {
        code if args.strict && stale_entries > 0 => code.max(2),
        code => code,
    };
    let newsroom = &args.newsroom;
    let claimreview = config
        .map(|config| config.claimreview.clone())
        .unwrap_or_default();
    let head = Report {
        focus,
        paths: &paths,
        all_unsupported: newsroom.all_unsupported,
        articles: &[],
        publisher: report::claimreview::Publisher {
            author: newsroom
                .claimreview_author
                .as_deref()
                .or(claimreview.author.as_deref()),
            url: newsroom
                .claimreview_url
                .as_deref()
                .or(claimreview.url.as_deref()),
            date: newsroom.claimreview_date,
        },
        ..Report::new(&scan.documents, &rules, &scan.instances, &[], &[])
    };
    if format == Format::Json && newsroom.html.is_none() {
        // The writer makes the findings' identities (which read quotes
        // back, as the instances it writes do); the findings are made here
        // meanwhile, so the writer's thread holds only its own few
        // allocations in a new malloc arena.
        let write = |findings: &dyn Fn() -> Vec<Finding>| {
            let mut counts = None;
            let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let pending: report::json::Pending<'_> = Box::new(|| {
                let (shown, shown_identities, failing, stale_entries) = decide(findings());
                counts = Some((failing, stale_entries));
                (shown, shown_identities)
            });
            let written = report::json::write_pending(&head, pending, &mut stdout)
                .and_then(|()| stdout.flush());
            // A write that failed before the findings (a closed pipe, whose
            // run keeps its code) still decides the exit code on them.
            let counts = counts.unwrap_or_else(|| {
                let (_, _, failing, stale_entries) = decide(findings());
                (failing, stale_entries)
            });
            (written, counts)
        };
        let (written, counts) = if rayon::current_num_threads() > 1 {
            std::thread::scope(|scope| {
                // The sender lives in this closure, so a panic while the
                // findings are made drops it on the way out and the writer's
                // `recv` returns instead of waiting for ever.
                let (send, receive) = std::sync::mpsc::channel();
                let writer = scope.spawn(move || write(&|| receive.recv().unwrap_or_default()));
                // A send fails only when the writer is gone (it panicked,
                // which `join` passes on).
                let _ = send.send(findings_of(rulebook, &rules, &scan));
                writer
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
        } else {
            write(&|| findings_of(rulebook, &rules, &scan))
        };
        // A quote that could not be read back from its spill file was
        // written empty: the run failed.
        spill_failed(&scan)?;
        return wrote(written, code(counts.0, counts.1));
    }
    let (shown, shown_identities, failing, stale_entries) =
        decide(findings_of(rulebook, &rules, &scan));
    let code = code(failing, stale_entries);
    let style = table::Style {
        width: terminal_width(),
        color: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        },
    };
    let articles = if format == Format::Html || newsroom.html.is_some() {
        cited_articles(&scan, &shown)
    } else {
        Vec::new()
    };
    let report = Report {
        articles: &articles,
        findings: &shown,
        identities: &shown_identities,
        ..head
    };
    if let Some(path) = &newsroom.html {
        let html = report::html::render(&report);
        spill_failed(&scan)?;
        std::fs::write(path, html)
            .with_context(|| format!("writing the HTML report {}", path.display()))?;
    }
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = report::write(&report, format, &style, &mut stdout).and_then(|()| stdout.flush());
    // A quote that could not be read back from its spill file was written
    // empty: the run failed.
    spill_failed(&scan)?;
    wrote(written, code)
}

/// The exit code of a run that could do its job: 2 when something could not
/// be read (or, with `--strict`, on any warning), else 1 when a finding is
/// of a `--fail-on` kind (`failed`), else 0.
fn exit_code(notices: &[Notice], strict: bool, failed: bool) -> u8 {
    let incomplete = notices
        .iter()
        .any(|notice| strict || notice.level == Level::Error);
    if incomplete {
        2
    } else if failed {
        1
    } else {
        0
    }
}

/// `claimcheck baseline`: every finding to a baseline file, keeping the
/// decisions and notes of the file it replaces.
fn write_baseline(args: &BaselineArgs) -> anyhow::Result<u8> {
    let (config, inputs) = args.inputs.resolve()?;
    let output = args
        .output
        .clone()
        .or(config.and_then(|config| config.baseline))
        .unwrap_or_else(|| PathBuf::from("claimcheck-baseline.toml"));
    let Checked {
        rules,
        scan,
        findings,
        paths,
        ..
    } = run_check(&inputs)?;
    let previous = if output.exists() {
        Some(crate::baseline::load(&output)?)
    } else {
        None
    };
    let identities = identify_all(&scan, &rules, &findings);
    let report = Report {
        paths: &paths,
        ..Report::new(
            &scan.documents,
            &rules,
            &scan.instances,
            &findings,
            &identities,
        )
    };
    let baseline = crate::baseline::build(&report, previous.as_ref());
    let text = crate::baseline::render(&baseline)?;
    spill_failed(&scan)?;
    std::fs::write(&output, text)
        .with_context(|| format!("writing baseline {}", output.display()))?;
    let reviewed = baseline
        .finding
        .iter()
        .filter(|entry| entry.decision.is_some() || entry.note.is_some())
        .count();
    inform(&format!(
        "claimcheck: wrote {}: {} findings ({reviewed} with a decision or note kept)",
        output.display(),
        baseline.finding.len()
    ));
    Ok(exit_code(&scan.warnings, false, false))
}

/// Warns about each baseline entry that matched no finding.
fn warn_stale(path: &Path, stale: &[&crate::baseline::Entry]) {
    if stale.is_empty() {
        return;
    }
    inform(&format!(
        "claimcheck: warning: {}: {} stale entr{} (no such finding any more; `claimcheck baseline` drops them):",
        path.display(),
        stale.len(),
        if stale.len() == 1 { "y" } else { "ies" }
    ));
    for entry in stale {
        inform(&format!(
            "  {} {} [{}] {}",
            entry.fingerprint,
            entry.kind.name(),
            entry.rule.as_deref().unwrap_or("-"),
            entry.claim.as_deref().unwrap_or("")
        ));
    }
}

/// The scan joined, before its findings are made.
struct Joined {
    rules: Vec<crate::kinds::RuleInfo>,
    scan: matcher::Scan,
    /// Per document, its file as given on the command line (`/` separators).
    paths: Vec<String>,
}

/// What the check pipeline produced, before any filter.
struct Checked {
    rules: Vec<crate::kinds::RuleInfo>,
    scan: matcher::Scan,
    findings: Vec<Finding>,
    /// Per document, its file as given on the command line (`/` separators).
    paths: Vec<String>,
}

/// The check pipeline shared by `check`, `baseline` and `eval`: the scan of
/// the whole corpus (`scan_inputs`) as the one part `finish_check` joins
/// and reconciles, the path `scan` + `reconcile` take through shards.
fn run_check(inputs: &Inputs) -> anyhow::Result<Checked> {
    let (rulebook, part) = scan_inputs(inputs, None)?;
    finish_check(
        &rulebook,
        vec![part],
        inputs.stdin.as_ref(),
        &display_paths(&inputs.corpus),
    )
}

/// The matching half of the pipeline: rulebook load, corpus discovery (with
/// the config's globs and the `split`'s share), the matcher's scan.
fn scan_inputs(
    inputs: &Inputs,
    split: Option<crate::shard::Split>,
) -> anyhow::Result<(ManuallyDrop<rulebook::Rulebook>, matcher::Part)> {
    let corpus_paths = &inputs.corpus;
    if let Some(threads) = inputs.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(threads))
            .build_global()
            .context("starting the thread pool")?;
    }
    let rulebook = load_rule_dirs(&inputs.rules)?;
    let mut corpus = corpus::discover(corpus_paths)?;
    // The config's globs choose among the files found in folders; a file
    // named on the command line, in --files-from or on stdin is always read.
    corpus.sources.retain(|source| {
        corpus_paths.contains(&source.path) || inputs.selection.keeps(&source.rel)
    });
    if let Some(split) = split {
        let mut position = 0;
        corpus.sources.retain(|_| {
            position += 1;
            split.keeps(position - 1)
        });
    }
    let progress = progress_bar(corpus.sources.len());
    let part = matcher::scan_part(&rulebook, corpus, &progress);
    progress.finish_and_clear();
    Ok((rulebook, part))
}

/// The corpus-wide half: `parts` joined and reconciled (`join_parts`, then
/// `findings_of`); `read_from` names the input in the error when no article
/// was read.
fn finish_check(
    rulebook: &rulebook::Rulebook,
    parts: Vec<matcher::Part>,
    stdin: Option<&StdinArticle>,
    read_from: &str,
) -> anyhow::Result<Checked> {
    let Joined { rules, scan, paths } = join_parts(rulebook, parts, stdin, read_from)?;
    let findings = findings_of(rulebook, &rules, &scan);
    Ok(Checked {
        rules,
        scan,
        findings,
        paths,
    })
}

/// `parts` joined (`matcher::join`), warnings told on stderr; `read_from`
/// names the input in the error when no article was read.
fn join_parts(
    rulebook: &rulebook::Rulebook,
    parts: Vec<matcher::Part>,
    stdin: Option<&StdinArticle>,
    read_from: &str,
) -> anyhow::Result<Joined> {
    let scan = matcher::join(parts);
    tell(&scan.warnings);
    if scan.documents.is_empty() {
        anyhow::bail!("no readable articles in {read_from}");
    }
    let paths = scan
        .sources
        .iter()
        .map(|source| given_path(source, stdin))
        .collect();
    Ok(Joined {
        rules: rulebook.infos(),
        scan,
        paths,
    })
}

/// The findings of `scan` (`reconcile::reconcile`), with the sentences of
/// the name variants' first mentions read again.
fn findings_of(
    rulebook: &rulebook::Rulebook,
    rules: &[crate::kinds::RuleInfo],
    scan: &matcher::Scan,
) -> Vec<Finding> {
    let mut findings = reconcile::reconcile(&reconcile::Input {
        rules,
        names: &rulebook.names,
        documents: &scan.documents,
        instances: &scan.instances,
        names_seen: &scan.names,
        speakers: &rulebook.speakers,
    });
    crate::names::quote_first_mentions(&mut findings, &scan.sources);
    findings
}

/// Prints each notice on stderr (`--quiet` silences warnings, never errors).
fn tell(notices: &[Notice]) {
    for notice in notices {
        let line = format!("claimcheck: {notice}");
        if notice.level == Level::Error {
            say(&line);
        } else {
            inform(&line);
        }
    }
}

/// The file of `source` as given on the command line, `/` separators, no
/// leading `./` (`<stdin>` for the article read from standard input).
fn given_path(source: &corpus::Source, stdin: Option<&StdinArticle>) -> String {
    match stdin {
        Some(stdin) if source.path == stdin.path() => STDIN_NAME.to_string(),
        _ => source
            .path
            .to_string_lossy()
            .replace('\\', "/")
            .trim_start_matches("./")
            .to_string(),
    }
}

/// The articles `findings` cite (their instances and mentions), read again
/// (the scan keeps no text) with the map from file to text offsets, sorted
/// by path, for the HTML report's context and article views. An article that
/// no longer reads is left out: the report then shows its quotes alone.
fn cited_articles(scan: &matcher::Scan, findings: &[Finding]) -> Vec<report::ArticleText> {
    let mentions = findings.iter().flat_map(|finding| &finding.mentions);
    let mut cited: std::collections::BTreeSet<ArticleId> = mentions
        .filter_map(|idx| scan.instances.get(*idx as usize))
        .map(|instance| instance.citation.doc)
        .collect();
    for side in findings.iter().flat_map(|finding| &finding.sides) {
        cited.extend(
            side.instances
                .iter()
                .filter_map(|idx| scan.instances.get(*idx as usize))
                .map(|instance| instance.citation.doc),
        );
        cited.extend(side.mentions.iter().map(|mention| mention.citation.doc));
    }
    let mut articles: Vec<report::ArticleText> = cited
        .into_iter()
        .filter_map(|doc| scan.sources.get(doc.index()))
        .filter_map(|source| {
            let loaded = corpus::read(source).ok()?;
            Some(report::ArticleText {
                article: loaded.article?,
                offsets: loaded.offsets,
            })
        })
        .collect();
    articles.sort_by(|a, b| a.article.document.path.cmp(&b.article.document.path));
    articles.dedup_by(|a, b| a.article.document.path == b.article.document.path);
    articles
}

/// Runs the check, renders it as `check --format json` would (every finding,
/// no filter) and scores that JSON against the labels.
fn eval(args: &EvalArgs) -> anyhow::Result<u8> {
    if let Some(bank) = &args.factuality {
        let outcome = eval::factuality::run(bank, args.format)?;
        return write_stdout(&outcome.output, if outcome.passed { 0 } else { 1 });
    }
    let labels_path = match (&args.labels, &args.speakers) {
        (_, Some(bank)) => {
            let outcome = eval::speakers::run(bank, args.format)?;
            return write_stdout(&outcome.output, if outcome.passed { 0 } else { 1 });
        }
        (Some(labels), None) => labels,
        (None, None) => anyhow::bail!("eval needs --labels, --speakers or --factuality"),
    };
    let labels = eval::labels::load(labels_path)?;
    let Checked {
        rules,
        scan,
        findings,
        ..
    } = run_check(&Inputs {
        rules: vec![args.rules.clone()],
        corpus: args.corpus.clone(),
        threads: args.threads,
        ..Inputs::default()
    })?;
    let identities = identify_all(&scan, &rules, &findings);
    let report = Report::new(
        &scan.documents,
        &rules,
        &scan.instances,
        &findings,
        &identities,
    );
    let mut json = Vec::new();
    report::json::write(&report, &mut json).context("rendering the report as JSON")?;
    spill_failed(&scan)?;
    let outcome = eval::run(&eval::Job {
        labels: &labels,
        corpus: &args.corpus,
        report_json: &json,
        format: args.format,
    })?;
    let code = exit_code(&scan.warnings, args.strict, !outcome.passed);
    write_stdout(&outcome.output, code)
}

/// Fails when a quote could not be read back from a spill file: it was
/// read empty, so whatever was built from it is wrong (exit 2).
fn spill_failed(scan: &matcher::Scan) -> anyhow::Result<()> {
    match scan.spills.iter().find_map(|spill| spill.error()) {
        Some(err) => anyhow::bail!("{err}"),
        None => Ok(()),
    }
}

/// The identity of every finding, before any filter (ids stay the same
/// whatever is shown).
fn identify_all(
    scan: &matcher::Scan,
    rules: &[crate::kinds::RuleInfo],
    findings: &[Finding],
) -> Vec<Identity> {
    fingerprint::identify(&Report::new(
        &scan.documents,
        rules,
        &scan.instances,
        findings,
        &[],
    ))
}

fn keep(
    args: &ReportArgs,
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
        }) || finding.mentions.iter().any(|idx| {
            instances
                .get(*idx as usize)
                .is_some_and(|instance| instance.citation.doc == doc)
        })
    });
    kind_ok && rule_ok && focus_ok
}

/// Fails on the first id in `wanted` that is not a rule of `dir`, with the
/// nearest rule id as a suggestion.
fn known_rules(wanted: &[String], ids: &[&str], dirs: &[PathBuf]) -> anyhow::Result<()> {
    for id in wanted {
        if ids.contains(&id.as_str()) {
            continue;
        }
        match crate::diag::suggest(id, ids) {
            Some(near) => anyhow::bail!("--rule {id}: unknown rule id, did you mean `{near}`?"),
            None => anyhow::bail!(
                "--rule {id}: unknown rule id ({} has {} rules; `claimcheck rules test DIR` lists them)",
                display_paths(dirs),
                ids.len(),
            ),
        }
    }
    Ok(())
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

/// The rulebook of `dirs`, never freed: the process ends soon after its
/// last use, and freeing a large rulebook's automata, regexes and patterns
/// one by one cost a twentieth of loading it (4,800 rules).
fn load_rule_dirs(dirs: &[PathBuf]) -> anyhow::Result<ManuallyDrop<rulebook::Rulebook>> {
    rulebook::load_all(dirs)
        .map(ManuallyDrop::new)
        .map_err(|diagnostics| {
            anyhow::anyhow!(
                "{diagnostics}\n{} problem(s) in {}",
                diagnostics.0.len(),
                display_paths(dirs)
            )
        })
}

fn load_rules(dir: &Path) -> anyhow::Result<ManuallyDrop<rulebook::Rulebook>> {
    load_rule_dirs(&[dir.to_path_buf()])
}

/// A bar on stderr for runs of many articles, only when stderr is a terminal.
fn progress_bar(n_articles: usize) -> ProgressBar {
    const MIN_ARTICLES: usize = 500;
    let quiet = QUIET.load(std::sync::atomic::Ordering::Relaxed);
    if quiet || n_articles < MIN_ARTICLES || !std::io::stderr().is_terminal() {
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

/// Writes `text` to stdout and returns `code` (see [`wrote`]).
fn write_stdout(text: &str, code: u8) -> anyhow::Result<u8> {
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    wrote(written, code)
}

/// The exit code after writing the output: `code` when it was written or
/// the reader closed the pipe (`| head` wants no more, the findings still
/// decide), an error (exit 2) when stdout could not be written.
fn wrote(written: std::io::Result<()>, code: u8) -> anyhow::Result<u8> {
    match written {
        Ok(()) => Ok(code),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        Err(err) => Err(anyhow::Error::new(err).context("writing to stdout")),
    }
}
