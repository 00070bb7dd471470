package audit

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeAtomically writes a file under a temporary name in its directory
// and renames it into place only when write succeeds; otherwise the
// temporary file is removed and the target left as it was. renameio, used
// elsewhere, does not build on Windows, where os.Rename replaces the
// target in one step as well.
func writeAtomically(file string, write func(io.Writer) error) (err error) {
	t, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", file, err)
	}
	defer func() {
		if err != nil {
			t.Close()
			os.Remove(t.Name())
		}
	}()
	if err := write(t); err != nil {
		return err
	}
	if err := t.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", file, err)
	}
	if err := t.Close(); err != nil {
		return fmt.Errorf("write %s: %w", file, err)
	}
	if err := os.Rename(t.Name(), file); err != nil {
		return fmt.Errorf("write %s: %w", file, err)
	}
	return nil
}
