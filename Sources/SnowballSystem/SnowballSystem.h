// Snowball stemmers from libstemmer-dev (Debian installs no pkg-config file).
#include <libstemmer.h>
