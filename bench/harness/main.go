// Command harness measures errcodelint against two yardsticks run by the
// same driver, on synthetic modules (see bench/run.sh, which builds the
// binaries and calls it, and docs/performance.md for the figures): the
// no-op analyzer (bench/noop: walks every node, reports nothing), the
// floor of loading, parsing and type-checking; and the reporting floor
// (bench/floor: reports, with one fix each, every literal shaped like a
// code of a built-in family, with texts like errcodelint's), the cheapest
// analyzer that reports what errcodelint reports on code-dense modules.
// errcodelint over the no-op is its whole cost; the floor over the no-op
// is what the driver charges per finding (validating, keeping and
// printing diagnostics and fixes, and the garbage they make);
// errcodelint over the floor is the pass's own cost.
//
// Standalone mode (the default) runs, on ./... of each module size, the
// three commands under each driver named by -drivers: "batch" (the
// commands' default: packages loaded and analysed in batches,
// internal/batch) and "singlechecker" (ERRCODELINT_DRIVER=singlechecker:
// every package loaded at once). -args applies to errcodelint only.
//
// Vet mode (-vet) measures what go vet pays: it runs go vet once with a
// fresh copy of the no-op as the vet tool and -work, which keeps the
// vet.cfg file of every package go vet hands to its tool, then runs
// errcodelint and the no-op over all those files one after another, as go
// vet would (one process per package), and sums their times. The module
// has -code-packages percent of packages with error codes (default 10), as
// a large codebase where most packages hold none. The floor is not run
// there: like the errcodelint command, it checks only the _test.go files
// of a test variant, where go vet's errcodelint checks every file.
//
// For each size it writes the module bench/out/mod<N> (unless present),
// warms the build cache by running each tool once, then runs the tools
// alternately -k times each (the order rotates every round, so that drift
// hits all alike), and records each run's wall time, CPU time and peak
// resident set size (the child's rusage; Linux reports ru_maxrss in KiB,
// and it covers the driver's own waited-for children such as go list).
// For each driver it prints the medians and their ratios to that driver's
// no-op, and the median (with the quartiles) of the paired ratios within
// the driver: round i's errcodelint or floor run over round i's no-op run,
// and errcodelint's over the floor's, which ran close to each other, so
// that slow drifts in the machine's load cancel out.
//
// With -instr each measured run is also counted in instructions, under
// valgrind's cachegrind (--cache-sim=no) with GOMAXPROCS=1: on a shared
// machine whose speed drifts by several percent from one minute to the
// next, an instruction count varies by about 1% between runs (the garbage
// collector's timing is what varies), so it resolves differences of a few
// percent that times cannot. An instruction is not a unit of time (code
// that waits on memory, as the type checker's does, runs fewer per
// cycle), so the counts complement the CPU times; they do not replace
// them. Runs take about 20 times longer. With GOGC=off in the
// environment no garbage is collected: the counts are then the program's
// own work, without the collector's.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/errcodelint/errcodelint/bench/synth"
)

type sample struct {
	wall, cpu time.Duration
	rssKiB    int64
	diags     int
	// With -instr: the instructions the run executed (valgrind's
	// cachegrind), in the tool's own process and in all its processes
	// (go list and the driver's other children included).
	ownInstr, instr int64
}

// tool is one command measured: a binary with its arguments and extra
// environment, run by a driver.
type tool struct {
	name   string // "errcodelint", "floor", "no-op"
	driver string // "batch", "singlechecker", "go vet"
	bin    string
	args   []string
	env    []string
}

func (t tool) String() string { return t.name + " " + t.driver }

// group is the tools run by one driver: indices into the tools, floor -1
// when it is not run.
type group struct {
	driver            string
	lint, floor, noop int
}

// standaloneTools returns errcodelint (with the extra arguments), the
// floor and the no-op on ./... under each driver, and their groups.
func standaloneTools(drivers []string, lintBin, floorBin, noopBin string, extra []string) ([]tool, []group, error) {
	var tools []tool
	var groups []group
	for _, d := range drivers {
		var env []string
		switch d {
		case "batch":
		case "singlechecker":
			env = []string{"ERRCODELINT_DRIVER=singlechecker"}
		default:
			return nil, nil, fmt.Errorf("unknown driver %q (want batch or singlechecker)", d)
		}
		n := len(tools)
		groups = append(groups, group{driver: d, lint: n, floor: n + 1, noop: n + 2})
		tools = append(tools,
			tool{name: "errcodelint", driver: d, bin: lintBin, args: append(slices.Clip(extra), "./..."), env: env},
			tool{name: "floor", driver: d, bin: floorBin, args: []string{"./..."}, env: env},
			tool{name: "no-op", driver: d, bin: noopBin, args: []string{"./..."}, env: env})
	}
	return tools, groups, nil
}

// members returns the indices of g's tools.
func (g group) members() []int {
	if g.floor < 0 {
		return []int{g.lint, g.noop}
	}
	return []int{g.lint, g.floor, g.noop}
}

type result struct {
	files   int
	samples [][]sample // per tool, per round
}

func main() {
	lint := flag.String("errcodelint", "bench/out/bin/errcodelint", "errcodelint binary")
	noop := flag.String("noop", "bench/out/bin/noop", "no-op analyzer binary")
	floor := flag.String("floor", "bench/out/bin/floor", "reporting floor binary")
	sizes := flag.String("sizes", "2000", "comma-separated module sizes (files)")
	k := flag.Int("k", 5, "runs of each tool per size")
	out := flag.String("out", "bench/out", "directory for the generated modules")
	root := flag.String("root", ".", "errcodelint checkout (replace target of the generated modules)")
	dense := flag.Bool("dense", false, "generate dense modules (about four times the error-code sites; directories mod<N>-dense)")
	drivers := flag.String("drivers", "batch", "comma-separated errcodelint drivers to measure in standalone mode: batch, singlechecker")
	vet := flag.Bool("vet", false, "measure go vet's per-package processes instead of the standalone command")
	codePkgs := flag.Int("code-packages", 10, "with -vet: percentage of packages that hold error codes")
	perFile := flag.Int("codes-per-file", 0, "generate code-dense modules: about this many code literals per source file (directories mod<N>-cpf<n>)")
	extra := flag.String("args", "", "extra arguments for errcodelint, not the no-op or floor (space-separated), e.g. -prose")
	instr := flag.Bool("instr", false, "also count each run's instructions under valgrind's cachegrind, with GOMAXPROCS=1 (runs take about 20 times longer)")
	flag.Parse()
	if *instr {
		if _, err := exec.LookPath("valgrind"); err != nil {
			fatal(fmt.Errorf("-instr needs valgrind (Debian: apt-get install valgrind): %v", err))
		}
	}

	lintBin, err1 := filepath.Abs(*lint)
	noopBin, err2 := filepath.Abs(*noop)
	floorBin, err3 := filepath.Abs(*floor)
	rootDir, err4 := filepath.Abs(*root)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			fatal(err)
		}
	}
	extraArgs := strings.Fields(*extra)
	var tools []tool
	var groups []group
	if *vet {
		tools = []tool{{name: "errcodelint", driver: "go vet", bin: lintBin, args: extraArgs}, {name: "no-op", driver: "go vet", bin: noopBin}}
		groups = []group{{driver: "go vet", lint: 0, floor: -1, noop: 1}}
	} else {
		var err error
		if tools, groups, err = standaloneTools(strings.Split(*drivers, ","), lintBin, floorBin, noopBin, extraArgs); err != nil {
			fatal(err)
		}
	}

	var results []result
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 2 {
			fatal(fmt.Errorf("bad size %q", s))
		}
		name := fmt.Sprintf("mod%d", n)
		if *dense {
			name += "-dense"
		}
		if *perFile > 0 {
			name += fmt.Sprintf("-cpf%d", *perFile)
		}
		if *vet {
			name += fmt.Sprintf("-codes%d", *codePkgs)
		}
		dir, err := filepath.Abs(filepath.Join(*out, name))
		if err != nil {
			fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
			opt := synth.DefaultOptions(n, rootDir)
			opt.Dense = *dense
			opt.CodesPerFile = *perFile
			if *vet {
				opt.CodePackages = *codePkgs
			}
			st, err := synth.Write(dir, opt)
			if err != nil {
				fatal(err)
			}
			fmt.Printf("generated %s: %d files in %d packages, %d lines, %d string literals, %d code sites, %d near misses\n",
				dir, st.Files, st.Packages, st.Lines, st.Strings, st.CodeSites, st.NearMisses)
		}
		// round runs every tool once, in an order rotated by i, and
		// returns their samples in tools' order.
		round := func(i int, instr bool) ([]sample, error) {
			out := make([]sample, len(tools))
			for j := range tools {
				ti := (i + j) % len(tools)
				s, err := measure(dir, tools[ti], instr)
				if err != nil {
					return nil, err
				}
				out[ti] = s
			}
			return out, nil
		}
		if *vet {
			cfgs, work, err := vetConfigs(dir, noopBin)
			if err != nil {
				fatal(err)
			}
			defer os.RemoveAll(work)
			fmt.Printf("size %d: go vet ran its tool on %d packages (vet.cfg files)\n", n, len(cfgs))
			round = func(i int, instr bool) ([]sample, error) { return measureEach(dir, tools, cfgs, i, instr) }
		}
		// Warm the build cache (export data of the dependencies) and the
		// page cache with one unmeasured run of each.
		if _, err := round(0, false); err != nil {
			fatal(err)
		}
		r := result{files: n, samples: make([][]sample, len(tools))}
		load0 := loadavg()
		for i := 0; i < *k; i++ {
			ss, err := round(i, *instr)
			if err != nil {
				fatal(err)
			}
			for ti, s := range ss {
				r.samples[ti] = append(r.samples[ti], s)
			}
		}
		var ws []string
		for ti, t := range tools {
			ws = append(ws, t.String()+" "+walls(r.samples[ti]))
		}
		fmt.Printf("size %d: walls %s (load average %s before, %s after)\n", n, strings.Join(ws, ", "), load0, loadavg())
		results = append(results, r)
	}

	what := "./... (standalone)"
	if *vet {
		what = "every vet.cfg of go vet ./..., one process each, summed"
	}
	fmt.Printf("\n%s: medians of %d alternating runs each (wall = elapsed, cpu = user+sys, rss = peak resident set)\n", what, *k)
	for _, g := range groups {
		printGroup(os.Stdout, g, tools, results, *k)
	}
	if len(results) > 1 {
		fmt.Println("\ngrowth relative to the smallest size (wall per file in ms; wall and peak RSS as multiples of the smallest size's)")
		tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "files\ttool\tms/file\twall x\trss x\t")
		for _, r := range results {
			for ti, t := range tools {
				m, b := median(r.samples[ti]), median(results[0].samples[ti])
				fmt.Fprintf(tw, "%d\t%s\t%.2f\t%.2f\t%.2f\t\n", r.files, t,
					1000*m.wall.Seconds()/float64(r.files), m.wall.Seconds()/b.wall.Seconds(),
					float64(m.rssKiB)/float64(b.rssKiB))
			}
		}
		tw.Flush()
	}
}

// printGroup prints the tables of one driver's tools: their medians with
// the ratios to the driver's no-op, and the paired ratios to it and, for
// errcodelint, to the floor.
func printGroup(w io.Writer, g group, tools []tool, results []result, k int) {
	fmt.Fprintf(w, "\n-- driver %s: medians, ratios to the no-op under %s\n", g.driver, g.driver)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\ttool\tdiagnostics\twall\tcpu\trss MiB\twall/no-op\tcpu/no-op\trss/no-op\t")
	for _, r := range results {
		nm := median(r.samples[g.noop])
		for _, ti := range g.members() {
			m := median(r.samples[ti])
			fmt.Fprintf(tw, "%d\t%s\t%d\t%.2fs\t%.2fs\t%.1f\t%.3f\t%.3f\t%.3f\t\n", r.files, tools[ti].name, m.diags,
				m.wall.Seconds(), m.cpu.Seconds(), float64(m.rssKiB)/1024,
				m.wall.Seconds()/nm.wall.Seconds(), m.cpu.Seconds()/nm.cpu.Seconds(), float64(m.rssKiB)/float64(nm.rssKiB))
		}
	}
	tw.Flush()

	fmt.Fprintf(w, "\n-- driver %s: paired ratios of the %d rounds, median [first quartile, third quartile]\n", g.driver, k)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\tratio\twall\tcpu\trss\t")
	pairs := [][2]int{{g.lint, g.noop}}
	if g.floor >= 0 {
		pairs = append(pairs, [2]int{g.floor, g.noop}, [2]int{g.lint, g.floor})
	}
	for _, r := range results {
		for _, p := range pairs {
			a, b := r.samples[p[0]], r.samples[p[1]]
			fmt.Fprintf(tw, "%d\t%s / %s\t%s\t%s\t%s\t\n", r.files, tools[p[0]].name, tools[p[1]].name,
				paired(a, b, func(s sample) float64 { return s.wall.Seconds() }),
				paired(a, b, func(s sample) float64 { return s.cpu.Seconds() }),
				paired(a, b, func(s sample) float64 { return float64(s.rssKiB) }))
		}
	}
	tw.Flush()
	if !slices.ContainsFunc(results, func(r result) bool { return median(r.samples[g.noop]).instr > 0 }) {
		return
	}

	fmt.Fprintf(w, "\n-- driver %s: instructions (cachegrind, GOMAXPROCS=1), medians and paired ratios [quartiles]; all = with go list and the driver's other processes\n", g.driver)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\ttool\town G\tall G\town over the no-op, per finding\t")
	for _, r := range results {
		nm := median(r.samples[g.noop])
		for _, ti := range g.members() {
			m := median(r.samples[ti])
			per := "-"
			if m.diags > 0 {
				per = fmt.Sprintf("%.0f", float64(m.ownInstr-nm.ownInstr)/float64(m.diags))
			}
			fmt.Fprintf(tw, "%d\t%s\t%.3f\t%.3f\t%s\t\n", r.files, tools[ti].name, float64(m.ownInstr)/1e9, float64(m.instr)/1e9, per)
		}
	}
	fmt.Fprintln(tw, "files\tratio\town\tall\t")
	for _, r := range results {
		for _, p := range pairs {
			a, b := r.samples[p[0]], r.samples[p[1]]
			fmt.Fprintf(tw, "%d\t%s / %s\t%s\t%s\t\n", r.files, tools[p[0]].name, tools[p[1]].name,
				paired(a, b, func(s sample) float64 { return float64(s.ownInstr) }),
				paired(a, b, func(s sample) float64 { return float64(s.instr) }))
		}
	}
	tw.Flush()
}

// measure runs t in dir and returns its wall time, CPU time, peak RSS and
// the number of diagnostic lines it printed, and with instr its
// instruction counts. Exit status 3 (the driver found diagnostics) counts
// as success.
func measure(dir string, t tool, instr bool) (sample, error) {
	return measureArgs(dir, t, t.args, false, instr)
}

// measureArgs runs t with args in dir. With vet, exit status 1 with
// diagnostics printed (go vet's convention for findings) is a success too.
func measureArgs(dir string, t tool, args []string, vet, instr bool) (sample, error) {
	cmd := exec.Command(t.bin, args...)
	var cg string
	if instr {
		var err error
		if cg, err = os.MkdirTemp("", "harness-cachegrind-"); err != nil {
			return sample{}, err
		}
		defer os.RemoveAll(cg)
		cmd = exec.Command("valgrind", append([]string{"--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
			"--log-file=" + filepath.Join(cg, "log.%p"), "--cachegrind-out-file=" + filepath.Join(cg, "out.%p"), "--", t.bin}, args...)...)
	}
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), t.env...)
	if instr {
		cmd.Env = append(cmd.Env, "GOMAXPROCS=1")
	}
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState != nil {
		switch code := cmd.ProcessState.ExitCode(); {
		case code == 3, vet && code == 1 && strings.Contains(stderr.String(), ".go:"):
			err = nil
		}
	}
	if err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return sample{}, fmt.Errorf("%s %s in %s: %v\n%s", t.bin, strings.Join(args, " "), dir, err, tail)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	diags := 0
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, ".go:") {
			diags++
		}
	}
	s := sample{
		wall:   wall,
		cpu:    cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
		rssKiB: ru.Maxrss,
		diags:  diags,
	}
	if instr {
		// valgrind runs the tool in its own process: the file of that
		// pid is the tool's, the others its children's.
		var err error
		if s.ownInstr, s.instr, err = instructions(cg, cmd.Process.Pid); err != nil {
			return sample{}, fmt.Errorf("%s %s in %s: %v", t.bin, strings.Join(args, " "), dir, err)
		}
	}
	return s, nil
}

// instructions sums the instructions counted in the cachegrind output
// files out.<pid> of dir ("summary: N" lines), and returns pid's count
// and the total.
func instructions(dir string, pid int) (own, total int64, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "out.*"))
	if err != nil || len(files) == 0 {
		return 0, 0, fmt.Errorf("no cachegrind output in %s (%v)", dir, err)
	}
	for _, f := range files {
		n, err := cachegrindSummary(f)
		if err != nil {
			return 0, 0, err
		}
		total += n
		if filepath.Base(f) == "out."+strconv.Itoa(pid) {
			own = n
		}
	}
	if own == 0 {
		return 0, 0, fmt.Errorf("no cachegrind output for pid %d in %s", pid, dir)
	}
	return own, total, nil
}

// cachegrindSummary returns the instruction count of a cachegrind output
// file run with --cache-sim=no: its "summary: N" line.
func cachegrindSummary(file string) (int64, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "summary:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				return strconv.ParseInt(f[0], 10, 64)
			}
		}
	}
	return 0, fmt.Errorf("%s: no summary line", file)
}

// measureEach runs each tool once per vet.cfg file, as go vet does, the
// tools one after the other on each file (in an order rotated by round and
// file, so that drift in the machine's load hits all alike), and returns
// per tool the sums of the wall and CPU times and diagnostics, and the
// largest peak RSS.
func measureEach(dir string, tools []tool, cfgs []string, round int, instr bool) ([]sample, error) {
	sums := make([]sample, len(tools))
	for c, cfg := range cfgs {
		for j := range tools {
			ti := (round + c + j) % len(tools)
			t := tools[ti]
			s, err := measureArgs(dir, t, append(slices.Clip(t.args), cfg), true, instr)
			if err != nil {
				return nil, err
			}
			sum := &sums[ti]
			sum.wall += s.wall
			sum.cpu += s.cpu
			sum.rssKiB = max(sum.rssKiB, s.rssKiB)
			sum.diags += s.diags
			sum.ownInstr += s.ownInstr
			sum.instr += s.instr
		}
	}
	return sums, nil
}

// vetConfigs runs go vet ./... in dir with a fresh copy of the no-op as
// its tool (a new executable, so that go vet's cache has no result for
// it) and -work, and returns the vet.cfg files go vet wrote, one per
// package it ran the tool on, and the work directory holding them (for
// the caller to remove).
func vetConfigs(dir, noopBin string) (cfgs []string, work string, err error) {
	data, err := os.ReadFile(noopBin)
	if err != nil {
		return nil, "", err
	}
	tmp, err := os.MkdirTemp("", "harness-vettool-")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "noop")
	// Trailing bytes change the executable's hash (go vet's key for the
	// tool) without changing what it does.
	data = append(data, []byte(time.Now().String())...)
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		return nil, "", err
	}
	cmd := exec.Command("go", "vet", "-work", "-vettool="+bin, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, "", fmt.Errorf("go vet -work: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(?m)^WORK=(\S+)$`).FindSubmatch(out)
	if m == nil {
		return nil, "", fmt.Errorf("go vet -work printed no WORK directory:\n%s", out)
	}
	work = string(m[1])
	cfgs, err = filepath.Glob(filepath.Join(work, "*", "vet.cfg"))
	if err != nil || len(cfgs) == 0 {
		os.RemoveAll(work)
		return nil, "", fmt.Errorf("no vet.cfg under %s (%v)", work, err)
	}
	slices.Sort(cfgs)
	return cfgs, work, nil
}

// median returns the per-field medians of samples.
func median(ss []sample) sample {
	med := func(f func(sample) int64) int64 {
		v := make([]int64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		slices.Sort(v)
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return sample{
		wall:     time.Duration(med(func(s sample) int64 { return int64(s.wall) })),
		cpu:      time.Duration(med(func(s sample) int64 { return int64(s.cpu) })),
		rssKiB:   med(func(s sample) int64 { return s.rssKiB }),
		diags:    int(med(func(s sample) int64 { return int64(s.diags) })),
		ownInstr: med(func(s sample) int64 { return s.ownInstr }),
		instr:    med(func(s sample) int64 { return s.instr }),
	}
}

// paired returns the median and quartiles of f(a[i])/f(b[i]).
func paired(a, b []sample, f func(sample) float64) string {
	var v []float64
	for i := range min(len(a), len(b)) {
		v = append(v, f(a[i])/f(b[i]))
	}
	slices.Sort(v)
	return fmt.Sprintf("%.3f [%.3f, %.3f]", quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75))
}

// quantile returns the q-quantile of sorted v, interpolating linearly.
func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	x := q * float64(len(v)-1)
	i := int(x)
	if i+1 >= len(v) {
		return v[len(v)-1]
	}
	return v[i] + (x-float64(i))*(v[i+1]-v[i])
}

func walls(ss []sample) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, fmt.Sprintf("%.2f", s.wall.Seconds()))
	}
	return "[" + strings.Join(parts, " ") + "]s"
}

// loadavg returns the 1-minute load average, to show how busy the machine
// was while measuring.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "harness:", err)
	os.Exit(1)
}
