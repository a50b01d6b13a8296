// zlib from zlib1g-dev: inflates FreeDict's dictzip (.dict.dz) files.
#include <zlib.h>
