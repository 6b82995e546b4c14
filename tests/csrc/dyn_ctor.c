/* Loading this library runs code: its constructor sets an environment variable. */
#include <stdlib.h>
__attribute__((constructor)) static void dyn_ctor_init(void) { setenv("FFI_DYN_CTOR_RAN", "1", 1); }
int dyn_ctor_present(void) { return 1; }
