# The JVM's heap options for the window and the command line, in one place: the runtime image's launcher
# (build-image.sh writes them into bin/panicscope), the AOT training run and dump (the cache is made with the
# collector it will run with), and the installers' launchers (package.sh). app/pom.xml's javafx:run repeats them.
# Without them the JVM may grow its heap to a quarter of the machine's memory and keep what it once used (a long
# session measured 47 MB of live heap in a 911 MB process). At most 1 GB of heap, and the serial collector, which
# needs no helper threads and gives memory back after a full collection: measured in docs/reliability.md#memory.
# PANICSCOPE_JAVA_OPTIONS is added after these by the launcher, so an -Xmx there raises the limit.
heap_options=(-Xmx1g -XX:+UseSerialGC)
