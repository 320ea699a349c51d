// Debian's libxml2 is built with ICU; its headers would pull in the system ICU, which clashes
// with the ICU that Foundation ships ('UErrorCode' has different definitions) on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
