/* Two versions of one symbol, `dyn_which@DYN_1` (1) and the default
   `dyn_which@@DYN_2` (2), through dyn_versioned.map. */
int dyn_which_v1(void) { return 1; }
int dyn_which_v2(void) { return 2; }
__asm__(".symver dyn_which_v1,dyn_which@DYN_1");
__asm__(".symver dyn_which_v2,dyn_which@@DYN_2");
