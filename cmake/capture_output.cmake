# Runs COMMAND with ARGUMENTS (comma-separated) and writes its stdout to OUTPUT: the build step
# that turns `verify completion bash` and `verify man` into files, without shell redirection.
string(REPLACE "," ";" arguments "${ARGUMENTS}")
execute_process(COMMAND ${COMMAND} ${arguments} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${COMMAND} ${arguments} failed (${status})")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
