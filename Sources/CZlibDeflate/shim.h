#ifndef CZLIBDEFLATE_SHIM_H
#define CZLIBDEFLATE_SHIM_H
// zlib for the workbook writer's parallel deflate (the same library ZIPFoundation links).
#include <zlib.h>
#endif
