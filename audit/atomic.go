//go:build !windows

package audit

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/google/renameio/v2"
)

// writeAtomically writes a file under a temporary name in its directory
// and renames it into place only when write succeeds; otherwise the
// temporary file is removed and the target left as it was. The file gets
// the permissions of the one it replaces, else the umask's.
func writeAtomically(file string, write func(io.Writer) error) error {
	t, err := renameio.NewPendingFile(file, renameio.WithTempDir(filepath.Dir(file)),
		renameio.WithPermissions(0o666), renameio.WithExistingPermissions())
	if err != nil {
		return fmt.Errorf("create %s: %w", file, err)
	}
	defer t.Cleanup()
	if err := write(t); err != nil {
		return err
	}
	if err := t.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("write %s: %w", file, err)
	}
	return nil
}
