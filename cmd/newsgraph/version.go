package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

func newVersionCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version, module and commit newsgraph was built from",
		Example: "  newsgraph version\n  newsgraph --version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := io.WriteString(app.IO.Out, versionText(debug.ReadBuildInfo()))
			return err
		},
	}
}

// versionText describes the build from Go's build info (runtime/debug):
// the module's version (a tag, a pseudo-version, or "(devel)"), its path,
// and the VCS commit the go command stamped, with "+modified" when the
// work tree had changes. A binary built without build info (go run of a
// file, some tests) says so.
func versionText(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "newsgraph (unknown version: built without module information)\n"
	}
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "newsgraph %s\n", version)
	if bi.Main.Path != "" {
		fmt.Fprintf(&b, "module %s\n", bi.Main.Path)
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		if settings["vcs.modified"] == "true" {
			rev += "+modified"
		}
		if t := settings["vcs.time"]; t != "" {
			rev += " (" + t + ")"
		}
		fmt.Fprintf(&b, "commit %s\n", rev)
	}
	fmt.Fprintf(&b, "built with %s\n", bi.GoVersion)
	return b.String()
}
