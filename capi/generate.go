//go:build cgo

package main

// The module table and the export list are derived from the public header;
// internal/abi's tests fail when these files are stale.
//go:generate go run ../internal/abi/abigen -header ../include/nccc.h -table nccc_table.c -map exports.map
