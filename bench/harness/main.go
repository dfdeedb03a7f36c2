// Command harness measures errcodelint against the no-op analyzer on
// synthetic modules (see bench/run.sh, which builds the binaries and calls
// it, and docs/performance.md for the figures).
//
// Standalone mode (the default) runs, on ./... of each module size, the
// no-op analyzer under singlechecker and errcodelint under each driver
// named by -drivers: "batch" (the command's default: packages loaded and
// analysed in batches) and "singlechecker" (ERRCODELINT_DRIVER=
// singlechecker: every package loaded at once, as before).
//
// Vet mode (-vet) measures what go vet pays: it runs go vet once with a
// fresh copy of the no-op as the vet tool and -work, which keeps the
// vet.cfg file of every package go vet hands to its tool, then runs each
// tool over all those files one after another, as go vet would (one
// process per package), and sums their times. The module has
// -code-packages percent of packages with error codes (default 10), as a
// large codebase where most packages hold none.
//
// For each size it writes the module bench/out/mod<N> (unless present),
// warms the build cache by running each tool once, then runs the tools
// alternately -k times each (the order rotates every round, so that drift
// hits all alike), and records each run's wall time, CPU time and peak
// resident set size (the child's rusage; Linux reports ru_maxrss in KiB,
// and it covers the driver's own waited-for children such as go list). It
// prints the medians and the ratios to the no-op, and the median (with the
// quartiles) of the paired ratios: round i's run over round i's no-op run,
// which ran right before or after it, so that slow drifts in the machine's
// load cancel out.
package main

import (
	"bytes"
	"flag"
	"fmt"
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
}

// tool is one command measured: a binary with its arguments and extra
// environment.
type tool struct {
	name string
	bin  string
	args []string
	env  []string
}

type result struct {
	files   int
	samples [][]sample // per tool, per round
}

func main() {
	lint := flag.String("errcodelint", "bench/out/bin/errcodelint", "errcodelint binary")
	noop := flag.String("noop", "bench/out/bin/noop", "no-op analyzer binary")
	sizes := flag.String("sizes", "2000", "comma-separated module sizes (files)")
	k := flag.Int("k", 5, "runs of each tool per size")
	out := flag.String("out", "bench/out", "directory for the generated modules")
	root := flag.String("root", ".", "errcodelint checkout (replace target of the generated modules)")
	dense := flag.Bool("dense", false, "generate dense modules (about four times the error-code sites; directories mod<N>-dense)")
	drivers := flag.String("drivers", "batch", "comma-separated errcodelint drivers to measure in standalone mode: batch, singlechecker")
	vet := flag.Bool("vet", false, "measure go vet's per-package processes instead of the standalone command")
	codePkgs := flag.Int("code-packages", 10, "with -vet: percentage of packages that hold error codes")
	perFile := flag.Int("codes-per-file", 0, "generate code-dense modules: about this many code literals per source file (directories mod<N>-cpf<n>)")
	extra := flag.String("args", "", "extra arguments for errcodelint (space-separated), e.g. -prose")
	flag.Parse()

	lintBin, err1 := filepath.Abs(*lint)
	noopBin, err2 := filepath.Abs(*noop)
	rootDir, err3 := filepath.Abs(*root)
	for _, err := range []error{err1, err2, err3} {
		if err != nil {
			fatal(err)
		}
	}
	extraArgs := strings.Fields(*extra)
	var tools []tool
	if *vet {
		tools = []tool{{name: "errcodelint", bin: lintBin, args: extraArgs}, {name: "no-op", bin: noopBin}}
	} else {
		for _, d := range strings.Split(*drivers, ",") {
			t := tool{name: "errcodelint " + d, bin: lintBin, args: append(slices.Clip(extraArgs), "./...")}
			switch d {
			case "batch":
			case "singlechecker":
				t.env = []string{"ERRCODELINT_DRIVER=singlechecker"}
			default:
				fatal(fmt.Errorf("unknown driver %q (want batch or singlechecker)", d))
			}
			tools = append(tools, t)
		}
		tools = append(tools, tool{name: "no-op", bin: noopBin, args: []string{"./..."}})
	}
	noopIdx := len(tools) - 1

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
		round := func(i int) ([]sample, error) {
			out := make([]sample, len(tools))
			for j := range tools {
				ti := (i + j) % len(tools)
				s, err := measure(dir, tools[ti])
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
			round = func(i int) ([]sample, error) { return measureEach(dir, tools, cfgs, i) }
		}
		// Warm the build cache (export data of the dependencies) and the
		// page cache with one unmeasured run of each.
		if _, err := round(0); err != nil {
			fatal(err)
		}
		r := result{files: n, samples: make([][]sample, len(tools))}
		load0 := loadavg()
		for i := 0; i < *k; i++ {
			ss, err := round(i)
			if err != nil {
				fatal(err)
			}
			for ti, s := range ss {
				r.samples[ti] = append(r.samples[ti], s)
			}
		}
		var ws []string
		for ti, t := range tools {
			ws = append(ws, t.name+" "+walls(r.samples[ti]))
		}
		fmt.Printf("size %d: walls %s (load average %s before, %s after)\n", n, strings.Join(ws, ", "), load0, loadavg())
		results = append(results, r)
	}

	what := "./... (standalone)"
	if *vet {
		what = "every vet.cfg of go vet ./..., one process each, summed"
	}
	fmt.Printf("\n%s: medians of %d alternating runs each (wall = elapsed, cpu = user+sys, rss = peak resident set)\n", what, *k)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\ttool\tdiagnostics\twall\tcpu\trss MiB\twall/no-op\tcpu/no-op\trss/no-op\t")
	for _, r := range results {
		nm := median(r.samples[noopIdx])
		for ti, t := range tools {
			m := median(r.samples[ti])
			fmt.Fprintf(tw, "%d\t%s\t%d\t%.2fs\t%.2fs\t%.1f\t%.3f\t%.3f\t%.3f\t\n", r.files, t.name, m.diags,
				m.wall.Seconds(), m.cpu.Seconds(), float64(m.rssKiB)/1024,
				m.wall.Seconds()/nm.wall.Seconds(), m.cpu.Seconds()/nm.cpu.Seconds(), float64(m.rssKiB)/float64(nm.rssKiB))
		}
	}
	tw.Flush()

	fmt.Printf("\npaired ratios to the no-op of the %d rounds: median [first quartile, third quartile]\n", *k)
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\ttool\twall ratio\tcpu ratio\trss ratio\t")
	for _, r := range results {
		for ti, t := range tools[:noopIdx] {
			a, b := r.samples[ti], r.samples[noopIdx]
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t\n", r.files, t.name,
				paired(a, b, func(s sample) float64 { return s.wall.Seconds() }),
				paired(a, b, func(s sample) float64 { return s.cpu.Seconds() }),
				paired(a, b, func(s sample) float64 { return float64(s.rssKiB) }))
		}
	}
	tw.Flush()
	if len(results) > 1 {
		fmt.Println("\ngrowth relative to the smallest size (wall per file in ms; wall and peak RSS as multiples of the smallest size's)")
		tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "files\ttool\tms/file\twall x\trss x\t")
		for _, r := range results {
			for ti, t := range tools {
				m, b := median(r.samples[ti]), median(results[0].samples[ti])
				fmt.Fprintf(tw, "%d\t%s\t%.2f\t%.2f\t%.2f\t\n", r.files, t.name,
					1000*m.wall.Seconds()/float64(r.files), m.wall.Seconds()/b.wall.Seconds(),
					float64(m.rssKiB)/float64(b.rssKiB))
			}
		}
		tw.Flush()
	}
}

// measure runs t in dir and returns its wall time, CPU time, peak RSS and
// the number of diagnostic lines it printed. Exit status 3 (the driver
// found diagnostics) counts as success.
func measure(dir string, t tool) (sample, error) {
	return measureArgs(dir, t, t.args, false)
}

// measureArgs runs t with args in dir. With vet, exit status 1 with
// diagnostics printed (go vet's convention for findings) is a success too.
func measureArgs(dir string, t tool, args []string, vet bool) (sample, error) {
	cmd := exec.Command(t.bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), t.env...)
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
	return sample{
		wall:   wall,
		cpu:    cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
		rssKiB: ru.Maxrss,
		diags:  diags,
	}, nil
}

// measureEach runs each tool once per vet.cfg file, as go vet does, the
// tools one after the other on each file (in an order rotated by round and
// file, so that drift in the machine's load hits all alike), and returns
// per tool the sums of the wall and CPU times and diagnostics, and the
// largest peak RSS.
func measureEach(dir string, tools []tool, cfgs []string, round int) ([]sample, error) {
	sums := make([]sample, len(tools))
	for c, cfg := range cfgs {
		for j := range tools {
			ti := (round + c + j) % len(tools)
			t := tools[ti]
			s, err := measureArgs(dir, t, append(slices.Clip(t.args), cfg), true)
			if err != nil {
				return nil, err
			}
			sum := &sums[ti]
			sum.wall += s.wall
			sum.cpu += s.cpu
			sum.rssKiB = max(sum.rssKiB, s.rssKiB)
			sum.diags += s.diags
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
		wall:   time.Duration(med(func(s sample) int64 { return int64(s.wall) })),
		cpu:    time.Duration(med(func(s sample) int64 { return int64(s.cpu) })),
		rssKiB: med(func(s sample) int64 { return s.rssKiB }),
		diags:  int(med(func(s sample) int64 { return int64(s.diags) })),
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
