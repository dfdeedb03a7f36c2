package synth

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// testCodes is a fixed sample of the vendor's codes, so that these tests
// do not depend on the catalog package.
var testCodes = []Code{
	{"ModelArts.0204", []int{400, 401}},
	{"ModelArts.0116", []int{100}},
	{"ModelArts.4352", []int{400}},
	{"ModelArts.6613", []int{400}},
	{"ModelArts.81001", []int{400}},
	{"ModelArts.8503", []int{401}},
	{"AIS.0101", nil},
	{"APIG.0301", nil},
	{"OptVerse_10000001", []int{401}},
	{"OptVerse_10000004", []int{403}},
	{"JOB_MANAGER_12000001", []int{400}},
	{"JOB_MANAGER_12050009", []int{404}},
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWriteIsDeterministicAndSized(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	opt := Options{Files: 85, Codes: testCodes, Seed: 7}
	sa, err := Write(a, opt)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := Write(b, opt)
	if err != nil {
		t.Fatal(err)
	}
	if sa != sb {
		t.Errorf("stats differ: %+v vs %+v", sa, sb)
	}
	ta, tb := readTree(t, a), readTree(t, b)
	if len(ta) != len(tb) {
		t.Fatalf("trees differ in size: %d vs %d", len(ta), len(tb))
	}
	goFiles := 0
	for name, data := range ta {
		if !bytes.Equal(data, tb[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
		if strings.HasSuffix(name, ".go") {
			goFiles++
			if bytes.Contains(data, []byte("DO NOT EDIT")) {
				t.Errorf("%s looks generated; errcodelint would skip it", name)
			}
		}
	}
	if goFiles != 85 || sa.Files != 85 {
		t.Errorf("got %d .go files (stats %d), want 85", goFiles, sa.Files)
	}
	if sa.Packages != 5 { // 83 files in packages of 20
		t.Errorf("got %d packages, want 5", sa.Packages)
	}
	if sa.CodeSites == 0 || sa.Strings < 5*sa.CodeSites {
		t.Errorf("want many more unrelated strings than code sites: %+v", sa)
	}

	// Another seed gives another module.
	c := t.TempDir()
	if _, err := Write(c, Options{Files: 85, Codes: testCodes, Seed: 8}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(readTree(t, c)["pkgs/p000/f00.go"], ta["pkgs/p000/f00.go"]) {
		t.Error("seed does not change the output")
	}
}

func TestWriteRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dir, Options{Files: 10, Codes: testCodes}); err == nil {
		t.Error("Write into a non-empty directory succeeded")
	}
	if _, err := Write(t.TempDir(), Options{Files: 10, Codes: testCodes[:3]}); err == nil {
		t.Error("Write with too few codes succeeded")
	}
}

func TestGeneratedModuleBuildsAndVets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := t.TempDir()
	if _, err := Write(dir, Options{Files: 65, Codes: testCodes, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s in the generated module: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// With CodePackages, only that share of the packages holds codes; the
// others still build and vet (checked with their test files).
func TestCodePackages(t *testing.T) {
	dir := t.TempDir()
	st, err := Write(dir, Options{Files: 202, PerPackage: 10, Codes: testCodes, CodePackages: 20})
	if err != nil {
		t.Fatal(err)
	}
	withCodes := map[string]bool{}
	for name, data := range readTree(t, dir) {
		for _, c := range testCodes {
			if strings.HasPrefix(name, "pkgs/") && bytes.Contains(data, []byte(c.Code)) {
				withCodes[strings.Split(name, "/")[1]] = true
			}
		}
	}
	if len(withCodes) != 4 || st.Packages != 20 {
		t.Errorf("%d of %d packages hold codes, want 4 of 20: %v", len(withCodes), st.Packages, withCodes)
	}
	if testing.Short() {
		return
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet in the generated module: %v\n%s", err, out)
	}
}
