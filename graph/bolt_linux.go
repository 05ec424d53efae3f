package graph

import "syscall"

// dontNeed is madvise(MADV_DONTNEED) on a shared file mapping: the pages
// are unmapped from this process, their contents stay in the file and the
// page cache. Errors are ignored: the pages are then merely kept.
func dontNeed(addr uintptr, length int) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(length), syscall.MADV_DONTNEED)
}
