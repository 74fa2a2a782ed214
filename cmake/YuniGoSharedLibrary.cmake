# yuni_go_shared_library(NAME n PACKAGE ./pkg VERSION_SCRIPT f)
#
# Builds lib<n>.so.<version> with `go build -buildmode=c-shared`, with the
# SONAME lib<n>.so.<major> and the symlinks beside it, and defines the
# INTERFACE target YuniOffload::<n> for in-tree consumers (include directory
# and library). Sets in the caller: YUNI_LIBRARY_FILE, YUNI_LIBRARY_SONAME_LINK,
# YUNI_LIBRARY_DEV_LINK, YUNI_LIBRARY_DIR, GO_EXECUTABLE.
find_program(GO_EXECUTABLE go HINTS /usr/local/go/bin "$ENV{GOROOT}/bin" REQUIRED)

function(yuni_go_shared_library)
  cmake_parse_arguments(ARG "" "NAME;PACKAGE;VERSION_SCRIPT" "" ${ARGN})
  set(libdir "${CMAKE_BINARY_DIR}/lib")
  set(soname "lib${ARG_NAME}.so.${PROJECT_VERSION_MAJOR}")
  set(real "${libdir}/lib${ARG_NAME}.so.${PROJECT_VERSION}")
  # Every Go, C and export-map file of the module can go into the library;
  # only the trees that never do are left out, so a new package cannot be
  # forgotten here.
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
    "${CMAKE_SOURCE_DIR}/*.go" "${CMAKE_SOURCE_DIR}/*.c" "${CMAKE_SOURCE_DIR}/*.h"
    "${CMAKE_SOURCE_DIR}/*.map")
  list(FILTER sources EXCLUDE REGEX "^${CMAKE_SOURCE_DIR}/(tests|demo|out|build|bindings)/")
  list(FILTER sources EXCLUDE REGEX "^${CMAKE_BINARY_DIR}/")
  list(APPEND sources "${CMAKE_SOURCE_DIR}/go.mod" "${CMAKE_SOURCE_DIR}/go.sum")

  # Go's signal table for the library's runtime (cmake/go-runtime-overlay.sh
  # says why), written from the Go that builds, into a directory whose "_"
  # keeps `go test ./...` out of it when the build is inside the module.
  set(overlay "${CMAKE_BINARY_DIR}/_go-runtime-overlay")
  add_custom_command(
    OUTPUT "${real}" "${libdir}/${soname}" "${libdir}/lib${ARG_NAME}.so"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${libdir}"
    COMMAND sh "${CMAKE_SOURCE_DIR}/cmake/go-runtime-overlay.sh" "${GO_EXECUTABLE}" "${overlay}"
    COMMAND "${CMAKE_COMMAND}" -E env CGO_ENABLED=1
            "${GO_EXECUTABLE}" build -buildmode=c-shared -trimpath "-overlay=${overlay}/overlay.json"
            "-ldflags=-extldflags '-Wl,--version-script=${ARG_VERSION_SCRIPT} -Wl,-soname,${soname}'"
            -o "${real}" "${ARG_PACKAGE}"
    # cgo writes a header of Go's own types beside the library; the ABI is
    # include/nccc.h, so drop it.
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${libdir}/lib${ARG_NAME}.so.${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.h"
    COMMAND "${CMAKE_COMMAND}" -E create_symlink "lib${ARG_NAME}.so.${PROJECT_VERSION}" "${libdir}/${soname}"
    COMMAND "${CMAKE_COMMAND}" -E create_symlink "${soname}" "${libdir}/lib${ARG_NAME}.so"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    DEPENDS ${sources} "${CMAKE_SOURCE_DIR}/cmake/go-runtime-overlay.sh"
    COMMENT "go build -buildmode=c-shared lib${ARG_NAME}.so"
    VERBATIM)
  add_custom_target(${ARG_NAME}-go ALL DEPENDS "${real}")

  add_library(${ARG_NAME} INTERFACE)
  add_dependencies(${ARG_NAME} ${ARG_NAME}-go)
  target_include_directories(${ARG_NAME} INTERFACE "${CMAKE_SOURCE_DIR}/include")
  target_link_libraries(${ARG_NAME} INTERFACE "${libdir}/lib${ARG_NAME}.so")
  # Executables in the build tree find the library without installing it.
  target_link_options(${ARG_NAME} INTERFACE "LINKER:-rpath,${libdir}")
  add_library(YuniOffload::${ARG_NAME} ALIAS ${ARG_NAME})

  set(YUNI_LIBRARY_FILE "${real}" PARENT_SCOPE)
  set(YUNI_LIBRARY_SONAME_LINK "${libdir}/${soname}" PARENT_SCOPE)
  set(YUNI_LIBRARY_DEV_LINK "${libdir}/lib${ARG_NAME}.so" PARENT_SCOPE)
  set(YUNI_LIBRARY_DIR "${libdir}" PARENT_SCOPE)
endfunction()
