// Command harness measures errcodelint against the no-op analyzer on
// synthetic modules (see bench/run.sh, which builds both binaries and calls
// it, and docs/performance.md for the figures).
//
// For each size it writes the module bench/out/mod<N> (unless present),
// warms the build cache by running each tool once, then runs the two tools
// alternately -k times each on ./... (the order flips every round, so that
// drift hits both alike), and records each run's wall time, CPU time and
// peak resident set size (the child's rusage; Linux reports ru_maxrss in
// KiB, and it covers the driver's own waited-for children such as go list).
// It prints the medians and the ratios errcodelint/no-op, and the median
// (with the quartiles) of the paired ratios: round i's errcodelint run over
// round i's no-op run, which ran right before or after it, so that slow
// drifts in the machine's load cancel out.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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

type result struct {
	files   int
	lint    []sample
	noop    []sample
	lintMed sample
	noopMed sample
}

func main() {
	lint := flag.String("errcodelint", "bench/out/bin/errcodelint", "errcodelint binary")
	noop := flag.String("noop", "bench/out/bin/noop", "no-op analyzer binary")
	sizes := flag.String("sizes", "2000", "comma-separated module sizes (files)")
	k := flag.Int("k", 5, "runs of each tool per size")
	out := flag.String("out", "bench/out", "directory for the generated modules")
	root := flag.String("root", ".", "errcodelint checkout (replace target of the generated modules)")
	dense := flag.Bool("dense", false, "generate dense modules (about four times the error-code sites; directories mod<N>-dense)")
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
		dir, err := filepath.Abs(filepath.Join(*out, name))
		if err != nil {
			fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
			opt := synth.DefaultOptions(n, rootDir)
			opt.Dense = *dense
			st, err := synth.Write(dir, opt)
			if err != nil {
				fatal(err)
			}
			fmt.Printf("generated %s: %d files in %d packages, %d lines, %d string literals, %d code sites, %d near misses\n",
				dir, st.Files, st.Packages, st.Lines, st.Strings, st.CodeSites, st.NearMisses)
		}
		lintArgs := append(strings.Fields(*extra), "./...")
		// Warm the build cache (export data of the dependencies) and the
		// page cache with one unmeasured run of each.
		if _, err := measure(dir, lintBin, lintArgs); err != nil {
			fatal(err)
		}
		if _, err := measure(dir, noopBin, []string{"./..."}); err != nil {
			fatal(err)
		}
		r := result{files: n}
		load0 := loadavg()
		for i := 0; i < *k; i++ {
			order := []bool{true, false}
			if i%2 == 1 {
				order = []bool{false, true}
			}
			for _, isLint := range order {
				if isLint {
					s, err := measure(dir, lintBin, lintArgs)
					if err != nil {
						fatal(err)
					}
					r.lint = append(r.lint, s)
				} else {
					s, err := measure(dir, noopBin, []string{"./..."})
					if err != nil {
						fatal(err)
					}
					r.noop = append(r.noop, s)
				}
			}
		}
		r.lintMed, r.noopMed = median(r.lint), median(r.noop)
		fmt.Printf("size %d: errcodelint walls %v, no-op walls %v (load average %s before, %s after)\n",
			n, walls(r.lint), walls(r.noop), load0, loadavg())
		results = append(results, r)
	}

	fmt.Printf("\nmedians of %d alternating runs each (wall = elapsed, cpu = user+sys, rss = peak resident set)\n", *k)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\tdiagnostics\terrcodelint wall\tno-op wall\twall ratio\terrcodelint cpu\tno-op cpu\tcpu ratio\terrcodelint rss MiB\tno-op rss MiB\trss ratio\t")
	for _, r := range results {
		l, n := r.lintMed, r.noopMed
		fmt.Fprintf(tw, "%d\t%d\t%.2fs\t%.2fs\t%.3f\t%.2fs\t%.2fs\t%.3f\t%.1f\t%.1f\t%.3f\t\n", r.files, l.diags,
			l.wall.Seconds(), n.wall.Seconds(), l.wall.Seconds()/n.wall.Seconds(),
			l.cpu.Seconds(), n.cpu.Seconds(), l.cpu.Seconds()/n.cpu.Seconds(),
			float64(l.rssKiB)/1024, float64(n.rssKiB)/1024, float64(l.rssKiB)/float64(n.rssKiB))
	}
	tw.Flush()

	fmt.Printf("\npaired ratios errcodelint/no-op of the %d rounds: median [first quartile, third quartile]\n", *k)
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "files\twall ratio\tcpu ratio\trss ratio\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t\n", r.files,
			paired(r, func(s sample) float64 { return s.wall.Seconds() }),
			paired(r, func(s sample) float64 { return s.cpu.Seconds() }),
			paired(r, func(s sample) float64 { return float64(s.rssKiB) }))
	}
	tw.Flush()
	if len(results) > 1 {
		fmt.Println("\ngrowth relative to the smallest size (wall per file, ms)")
		tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "files\terrcodelint ms/file\tno-op ms/file\terrcodelint x\tno-op x\t")
		b := results[0]
		for _, r := range results {
			fmt.Fprintf(tw, "%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", r.files,
				1000*r.lintMed.wall.Seconds()/float64(r.files), 1000*r.noopMed.wall.Seconds()/float64(r.files),
				r.lintMed.wall.Seconds()/b.lintMed.wall.Seconds(), r.noopMed.wall.Seconds()/b.noopMed.wall.Seconds())
		}
		tw.Flush()
	}
}

// measure runs bin args in dir and returns its wall time, CPU time, peak
// RSS and the number of diagnostic lines it printed. Exit status 3 (the
// driver found diagnostics) counts as success.
func measure(dir, bin string, args []string) (sample, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 3 {
		err = nil
	}
	if err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return sample{}, fmt.Errorf("%s %s in %s: %v\n%s", bin, strings.Join(args, " "), dir, err, tail)
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

// paired returns the median and quartiles of f(lint[i])/f(noop[i]).
func paired(r result, f func(sample) float64) string {
	var v []float64
	for i := range min(len(r.lint), len(r.noop)) {
		v = append(v, f(r.lint[i])/f(r.noop[i]))
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
