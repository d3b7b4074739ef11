#!/bin/sh
# Prisma CLI needs a schema-engine path for generate/validate/format, which run in WebAssembly anyway.
echo "The native schema engine is not used: run npm run db:* instead" >&2
exit 1
