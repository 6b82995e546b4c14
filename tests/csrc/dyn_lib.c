/* A library in two versions (DYN_VERSION 1 or 2): v2 adds a symbol. */
int dyn_version(void) { return DYN_VERSION; }
int dyn_add(int a, int b) { return a + b; }
#if DYN_VERSION >= 2
int dyn_added_in_v2(void) { return 2; }
#endif
