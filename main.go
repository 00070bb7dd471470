// Command factdiff cross-checks news articles about one race: the figures they
// state, who each is about, and the quotations they carry.
//
// main only wires the command line to the packages that do the work and maps
// every outcome to an exit code in one place (exitCode).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"factdiff/audit"
	"factdiff/baseline"
	"factdiff/claims"
	"factdiff/config"
	"factdiff/finding"
	"factdiff/group"
	"factdiff/load"
	"factdiff/race"
	"factdiff/reports"
	"factdiff/rules"
	"factdiff/suppress"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes of the findings contract (spec/findings.md).
const (
	exitClean    = 0
	exitFindings = 1
	exitTrouble  = 2
)

// errFindings says the run found something at or above --fail-on.
var errFindings = errors.New("findings at or above the --fail-on severity")

// troubleError says the command could not do all of its job: bad usage,
// bad configuration or unreadable inputs, one line each.
type troubleError struct{ errs []error }

func (e troubleError) Error() string { return errors.Join(e.errs...).Error() }

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns its exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	return exitCode(app.Run(args), stderr)
}

// exitCode is the one place where outcomes become exit codes.
func exitCode(err error, stderr io.Writer) int {
	var trouble troubleError
	switch {
	case err == nil:
		return exitClean
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.As(err, &trouble):
		for _, e := range trouble.errs {
			fmt.Fprintf(stderr, "factdiff: %v\n", e)
		}
		return exitTrouble
	default:
		fmt.Fprintf(stderr, "factdiff: %v\n", err)
		return exitTrouble
	}
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:            "factdiff",
		Usage:           "check figures, names and quotations across news articles about one race",
		Version:         version,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		// urfave/cli would call os.Exit inside Run; exit codes are ours.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError(err)
		},
		Flags: globalFlags(),
		Commands: []*cli.Command{
			compareCommand(),
			checkCommand(),
			claimsCommand(),
			rulesCommand(),
			auditCommand(),
			hookCommand(),
			initCommand(),
		},
	}
}

// globalFlags may stand before the command, as the contract writes them,
// or after it, as scripts often do; every command repeats them.
func globalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour: auto, always or never"},
		&cli.BoolFlag{Name: "no-color", Usage: "never colour the output (also: NO_COLOR, a pipe)"},
		&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 on findings at this severity or above: error, warning, info or none"},
		&cli.StringFlag{Name: "config", Usage: "configuration FILE (default: $FACTDIFF_CONFIG, else .factdiff.yaml from here up, else the user's)"},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore every configuration file"},
	}
}

// global reads a global flag wherever it was given: after the command
// first, then before it, else its default.
func global(c *cli.Context, name string) string {
	for _, ctx := range c.Lineage() {
		if ctx.IsSet(name) {
			return ctx.String(name)
		}
	}
	return c.String(name)
}

func usageError(err error) error {
	return troubleError{[]error{fmt.Errorf("usage: %w (see factdiff --help)", err)}}
}

func formatFlag(def string, allowed ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def, Usage: fmt.Sprintf("output format: %v", allowed)}
}

func checkFormat(c *cli.Context, allowed ...string) error {
	f := c.String("format")
	for _, a := range allowed {
		if f == a {
			return nil
		}
	}
	return usageError(fmt.Errorf("unknown format %q (want one of %v)", f, allowed))
}

// inputTrouble turns unreadable inputs into the trouble they cause, or nil.
func inputTrouble(problems []error) error {
	if len(problems) == 0 {
		return nil
	}
	return troubleError{problems}
}

// findingFlags are the flags of every command that reports findings.
func findingFlags() []cli.Flag {
	return append(globalFlags(),
		formatFlag("text", reports.Formats()...),
		&cli.StringFlag{Name: "context", Value: "trim", Usage: "text: trim long sentences around the difference, or show them in full"},
		&cli.BoolFlag{Name: "facts", Usage: "text: also print the fact sheet, the figures the articles agree on"},
		&cli.StringFlag{Name: "race", Usage: "race sheet FILE with the official results (default: the configuration's race:)"},
		&cli.StringFlag{Name: "baseline", Usage: "report only findings not recorded in this baseline FILE"},
		&cli.StringFlag{Name: "write-baseline", Usage: "record today's findings in FILE and report none of them"},
	)
}

func compareCommand() *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "cross-check several articles about one race against each other",
		ArgsUsage: "FILE...",
		Flags:     findingFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError(errors.New("compare needs at least one FILE"))
			}
			docs, problems := load.Documents(c.Args().Slice(), c.App.Reader, 0)
			return report(c, batch{docs, problems, rules.Options{}})
		},
	}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check drafts against source articles; only the drafts are flagged",
		ArgsUsage: "--against SOURCE... DRAFT...",
		Flags: append(findingFlags(),
			&cli.StringSliceFlag{Name: "against", Aliases: []string{"a"}, Usage: "a source article or a directory of them (repeatable)"}),
		Action: func(c *cli.Context) error {
			sources := c.StringSlice("against")
			if len(sources) == 0 || c.NArg() == 0 {
				return usageError(errors.New("check needs --against SOURCE and at least one DRAFT"))
			}
			drafts, problems := load.Documents(c.Args().Slice(), c.App.Reader, 0)
			srcs, more := load.Documents(sources, c.App.Reader, 0)
			o := rules.Options{Drafts: map[int]bool{}}
			for i := range drafts {
				o.Drafts[i] = true
			}
			return report(c, batch{append(drafts, srcs...), append(problems, more...), o})
		},
	}
}

// batch is one race's articles as read, with how to check them.
type batch struct {
	docs     []*claims.Document
	problems []error
	o        rules.Options
}

// report checks each batch, writes one report of them all and returns the
// outcome for exitCode.
func report(c *cli.Context, batches ...batch) error {
	format := c.String("format")
	if err := checkFormat(c, reports.Formats()...); err != nil {
		return err
	}
	failOn, err := failThreshold(global(c, "fail-on"))
	if err != nil {
		return usageError(err)
	}
	color, err := colorFor(c, c.App.Writer)
	if err != nil {
		return usageError(err)
	}
	o, err := settings(c, rules.Options{})
	if err != nil {
		return err
	}
	wd, _ := os.Getwd()
	var known *baseline.Baseline
	if path := c.String("baseline"); path != "" {
		if known, err = baseline.Load(path); err != nil {
			return troubleError{[]error{err}}
		}
	}
	var r finding.Report
	var docs []*claims.Document
	var problems []error
	for _, b := range batches {
		b.o.Severity, b.o.Off, b.o.Race = o.Severity, o.Off, o.Race
		r = merge(r, rules.Report(b.docs, b.o))
		docs = append(docs, b.docs...)
		problems = append(problems, b.problems...)
	}
	finding.Sort(r.Findings)
	r.Problems = load.Problems(problems)
	problems = append(problems, quiet(c, &r, docs, known, wd)...)
	opts := reports.Options{
		Format:  format,
		Color:   color,
		Context: c.String("context"),
		Facts:   c.Bool("facts"),
		WorkDir: wd,
		Version: version,
	}
	if err := reports.Write(c.App.Writer, r, opts); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := inputTrouble(problems); err != nil {
		return err
	}
	e, w, i := finding.Counts(r.Findings)
	return outcome(failOn, e, w, i)
}

// outcome is errFindings when there are findings at or above failOn.
func outcome(failOn finding.Severity, errs, warnings, infos int) error {
	worst := finding.Severity(-1)
	switch {
	case errs > 0:
		worst = finding.Error
	case warnings > 0:
		worst = finding.Warning
	case infos > 0:
		worst = finding.Info
	}
	if failOn >= 0 && worst >= failOn {
		return errFindings
	}
	return nil
}

// merge adds the report of one race to those of the others; the caller
// sorts the findings once all are in.
func merge(all, one finding.Report) finding.Report {
	all.Documents = append(all.Documents, one.Documents...)
	all.Findings = append(all.Findings, one.Findings...)
	all.Facts = append(all.Facts, one.Facts...)
	all.Claims += one.Claims
	all.Rules = one.Rules
	return all
}

// quiet leaves out what editors marked as checked, then what the baseline
// already records, counting both; it returns bad marks and a baseline that
// could not be written as trouble, reported after the findings.
func quiet(c *cli.Context, r *finding.Report, docs []*claims.Document, known *baseline.Baseline, wd string) []error {
	raws := make(map[string][]byte, len(docs))
	for _, d := range docs {
		raws[d.Path] = d.Raw
	}
	var errs []error
	for _, p := range suppress.Apply(r, raws) {
		errs = append(errs, problemError(p))
	}
	if path := c.String("write-baseline"); path != "" {
		if err := baseline.Write(path, r.Findings, wd); err != nil {
			return append(errs, err)
		}
		r.Baselined, r.Findings = len(r.Findings), nil
		return errs
	}
	if known != nil {
		r.Findings, r.Baselined = known.Filter(r.Findings, wd)
	}
	return errs
}

// configuration finds and reads the configuration the flags and the
// environment point to, or the defaults.
func configuration(c *cli.Context) (*config.Config, error) {
	path, err := config.Find(global(c, "config"), global(c, "no-config") == "true")
	if err != nil {
		return nil, troubleError{[]error{err}}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, troubleError{[]error{err}}
	}
	return cfg, nil
}

// problemError spells a problem as the one line stderr gives it:
// "path:line: message".
func problemError(p finding.Problem) error {
	if p.Line > 0 {
		return fmt.Errorf("%s:%d: %s", p.Path, p.Line, p.Message)
	}
	return fmt.Errorf("%s: %s", p.Path, p.Message)
}

// settings adds what the configuration and the race sheet say to o. A file
// that cannot be read, or reads wrong, is trouble naming it and its line.
func settings(c *cli.Context, o rules.Options) (rules.Options, error) {
	cfg, err := configuration(c)
	if err != nil {
		return o, err
	}
	var ids []string
	for _, r := range rules.Info() {
		ids = append(ids, r.ID)
	}
	if err := cfg.CheckRules(ids); err != nil {
		return o, troubleError{[]error{err}}
	}
	o.Severity, o.Off = cfg.Severities()
	sheet := c.String("race")
	if sheet == "" {
		sheet = cfg.Race
	}
	if sheet != "" {
		s, err := race.Load(sheet)
		if err != nil {
			return o, troubleError{[]error{err}}
		}
		s.Tolerance = cfg.Tolerance
		o.Race = s
	}
	return o, nil
}

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "batch-audit an archive: directory trees, JSON Lines or Multi-News files, one cluster per race",
		ArgsUsage: "PATH...",
		Flags: append(globalFlags(),
			formatFlag("jsonl", audit.Formats()...),
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "clusters audited at once (default: one per CPU)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE`, renamed into place only when complete"},
			&cli.StringFlag{Name: "shard", Usage: "audit only shard `i/n` (1-based): every n-th cluster, from the i-th"},
		),
		Action: func(c *cli.Context) error {
			if err := checkFormat(c, audit.Formats()...); err != nil {
				return err
			}
			if c.NArg() == 0 {
				return usageError(errors.New("audit needs at least one PATH"))
			}
			failOn, err := failThreshold(global(c, "fail-on"))
			if err != nil {
				return usageError(err)
			}
			// The configuration's severities and rules turned off apply to
			// every cluster; a race sheet belongs to one race, not an archive.
			ro, err := settings(c, rules.Options{})
			if err != nil {
				return err
			}
			o := audit.Options{Format: c.String("format"), Jobs: c.Int("jobs"), Output: c.String("output"),
				Rules: rules.Options{Severity: ro.Severity, Off: ro.Off}}
			if s := c.String("shard"); s != "" {
				if o.Shard, o.Shards, err = audit.ParseShard(s); err != nil {
					return usageError(err)
				}
			}
			if f, ok := c.App.ErrWriter.(*os.File); ok && audit.IsTerminal(f) {
				o.Progress = f
			}
			tuneGC()
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := audit.Run(ctx, c.Args().Slice(), c.App.Reader, c.App.Writer, o)
			if err != nil {
				return err
			}
			var trouble []error
			for _, p := range s.Problems {
				trouble = append(trouble, problemError(p))
			}
			if s.Interrupted {
				trouble = append(trouble, errors.New("audit interrupted: the report covers the clusters finished before"))
			}
			if len(trouble) > 0 {
				return troubleError{trouble}
			}
			return outcome(failOn, s.Errors, s.Warnings, s.Infos)
		},
	}
}

// hookCommand is what the pre-commit hooks run: the staged articles checked
// against the rest of their race on disk, or (--all) every race compared.
func hookCommand() *cli.Command {
	return &cli.Command{
		Name:      "hook",
		Usage:     "check staged articles against the other articles of their race (pre-commit)",
		ArgsUsage: "[--all] [FILE...]",
		Flags: append(findingFlags(),
			&cli.BoolFlag{Name: "all", Usage: "compare every race under the working directory"}),
		Action: func(c *cli.Context) error {
			cfg, err := configuration(c)
			if err != nil {
				return err
			}
			races := group.Around(c.Args().Slice(), cfg)
			if c.Bool("all") {
				races = group.All(".", cfg)
			}
			var batches []batch
			for _, r := range races {
				docs, problems := load.Documents(r.Paths, nil, 0)
				o := rules.Options{Peers: true}
				if !c.Bool("all") {
					o.Drafts = map[int]bool{}
					for i, d := range docs {
						o.Drafts[i] = r.Staged[d.Path]
					}
				}
				batches = append(batches, batch{docs, problems, o})
			}
			return report(c, batches...)
		},
	}
}

func initCommand() *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a commented starter configuration to ./" + config.FileName,
		Action: func(c *cli.Context) error {
			path, err := config.Init(".")
			if err != nil {
				return troubleError{[]error{err}}
			}
			_, err = fmt.Fprintf(c.App.Writer, "wrote %s\n", path)
			return err
		},
	}
}

// failThreshold reads --fail-on; none gives -1, which no severity reaches.
func failThreshold(s string) (finding.Severity, error) {
	if s == "none" {
		return -1, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("--fail-on: %w", err)
	}
	return sev, nil
}

// colorFor decides colour for one output stream from --color, --no-color,
// NO_COLOR and whether the stream is a terminal.
func colorFor(c *cli.Context, w io.Writer) (bool, error) {
	mode := global(c, "color")
	switch mode {
	case "auto", "always", "never":
	default:
		return false, fmt.Errorf("--color %q: want auto, always or never", mode)
	}
	if hook := os.Getenv("PRE_COMMIT_COLOR"); mode == "auto" && os.Getenv("NO_COLOR") == "" && (hook == "always" || hook == "never") {
		mode = hook // pre-commit captures our output but knows its own terminal
	}
	if global(c, "no-color") == "true" {
		mode = "never"
	}
	f, ok := w.(*os.File)
	if !ok {
		return mode == "always", nil
	}
	return reports.ColorFor(f, mode), nil
}

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list every rule with what it flags and an example",
		Action: func(c *cli.Context) error {
			var b strings.Builder
			for _, r := range rules.Info() {
				fmt.Fprintf(&b, "%s (%s)\n  %s\n  e.g. %s\n\n", r.ID, r.Severity, r.Description, r.Example)
			}
			_, err := io.WriteString(c.App.Writer, b.String())
			return err
		},
	}
}

func claimsCommand() *cli.Command {
	formats := []string{"text", "json"}
	return &cli.Command{
		Name:      "claims",
		Usage:     "show what was read out of each article: figures, entities, quotations",
		ArgsUsage: "FILE...",
		Flags:     []cli.Flag{formatFlag("text", formats...)},
		Action: func(c *cli.Context) error {
			if err := checkFormat(c, formats...); err != nil {
				return err
			}
			if c.NArg() == 0 {
				return usageError(errors.New("claims needs at least one FILE"))
			}
			docs, problems := load.Documents(c.Args().Slice(), c.App.Reader, 0)
			var err error
			if c.String("format") == "json" {
				err = claims.WriteJSON(c.App.Writer, docs, problems)
			} else {
				err = claims.WriteText(c.App.Writer, docs)
			}
			if err != nil {
				return fmt.Errorf("write: %w", err)
			}
			return inputTrouble(problems)
		},
	}
}

// tuneGC sets the collector for an audit, which allocates much and keeps
// little: the heap may grow to many times what is live, so that garbage is
// collected seldom (a third less collection time than Go's default), but
// never past auditMemory, which keeps the whole process within the 200 MB an
// archive of any size may take. GOGC or GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(1600)
		debug.SetMemoryLimit(auditMemory)
	}
}

// auditMemory bounds the heap of an audit.
const auditMemory = 150 << 20
