// The process's memory allocator: mimalloc (linked in place of glibc's malloc, cli/CMakeLists.txt)
// with its memory in transparent huge pages where the kernel allows them (madvise mode).
//
// Why: a check allocates and first touches some 40-70 MB (passages, their analyses, postings),
// and on a virtual machine each first touch of a 4 KiB page is a costly fault: 10,000-16,000
// of them per check of a benchmark article at 200,000 documents, about a sixth of its CPU.
// With mimalloc's segments advised as huge pages, a check takes about 8,700 faults and runs
// about a fifth faster (docs/performance.md, "The allocator"). Where the kernel has
// transparent huge pages off, mimalloc's first attempt at explicitly reserved huge pages fails
// and it uses ordinary pages, as glibc would.
//
// The option must be set before mimalloc initialises, which is before any constructor of this
// program: a function in the executable's .preinit_array runs first (glibc runs those before
// the shared libraries' initialisers). mi_option_enable only writes mimalloc's static table of
// options, which is valid before initialisation; the environment variable
// MIMALLOC_LARGE_OS_PAGES=0 cannot turn it off again, since the option is already set.
#include <mimalloc.h>

namespace {

void use_large_os_pages(int, char**, char**) { mi_option_enable(mi_option_large_os_pages); }

}  // namespace

__attribute__((section(".preinit_array"),
               used)) static void (*const verify_large_os_pages)(int, char**,
                                                                 char**) = use_large_os_pages;
