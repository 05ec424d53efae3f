//go:build !linux

package graph

// dontNeed does nothing here: the pages read stay mapped (see
// releaseMappedPages).
func dontNeed(addr uintptr, length int) {}

// fileResident is not known here.
func fileResident() (int64, bool) { return 0, false }
