package graph

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dontNeed is madvise(MADV_DONTNEED) on a shared file mapping: the pages
// are unmapped from this process, their contents stay in the file and the
// page cache. Errors are ignored: the pages are then merely kept.
func dontNeed(addr uintptr, length int) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(length), syscall.MADV_DONTNEED)
}

// fileResident is this process's resident memory backed by files (and
// shared memory): the third field of /proc/self/statm, in pages.
func fileResident() (int64, bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	fields := bytes.Fields(data)
	if len(fields) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(string(fields[2]), 10, 64)
	return pages * int64(os.Getpagesize()), err == nil
}
