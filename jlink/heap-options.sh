# The JVM's heap options for the window and the command line, in one place: the runtime image's launcher
# (build-image.sh writes them into bin/panicscope), the AOT training run and dump (the cache is made with the
# collector it will run with), and the installers' launchers (package.sh). app/pom.xml's javafx:run repeats them.
# Without them the JVM may grow its heap to a quarter of the machine's memory and keep what it once used (a long
# session measured 47 MB of live heap in a 911 MB process). At most 1 GB of heap, and the serial collector, which
# needs no helper threads and gives memory back after a full collection: measured in docs/reliability.md#memory.
# PANICSCOPE_JAVA_OPTIONS is added after these by the launcher, so an -Xmx there raises the limit.
heap_options=(-Xmx1g -XX:+UseSerialGC)
# The command line (the launcher with arguments) runs batch work that ends with the process: explorations, sweeps,
# trials. It keeps the 1 GB limit and takes the parallel collector, whose write barrier is as cheap as the serial
# one's and whose collections use every core, so that an exploration on all cores is not stopped by one collecting
# thread: the 3-CPU kmsg-panic exploration took about 0.8 of its time with the serial collector (docs/performance.md). Giving
# memory back does not matter to a process that ends; the AOT cache, made with the serial collector, is used all the
# same. The Linux launcher only: jpackage's macOS and Windows launchers take one set of options for both.
# GCTimeRatio=9 (a goal of at most a tenth of the time in collections, against the parallel collector's default of
# a hundredth) keeps that collector from growing the heap towards the limit when collecting more often costs
# nothing measurable: with it, the 3-CPU kmsg-panic exploration's resident size was about 0.9 of that without it,
# in the same time (docs/performance.md, "Fifth round").
cli_options=(-Xmx1g -XX:+UseParallelGC -XX:GCTimeRatio=9)
