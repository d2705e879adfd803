# Shared by the bench scripts (sourced, not run): pgloader from Debian when missing, the test classpath, and the JVM
# a benchmark class runs in (-Xmx${BENCH_HEAP:-512m}, ${BENCH_JAVA_OPTS}).
ensure_pgloader() {
    if ! command -v pgloader >/dev/null; then
        echo "pgloader missing: installing the Debian package"
        if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq pgloader || true
        else sudo apt-get update -qq && sudo apt-get install -y -qq pgloader || true; fi
    fi
    version=$(pgloader --version 2>&1 | head -1) || true
    echo "${version:-pgloader: not installed}"
}

build_classpath() {
    mvn -B -q -o test-compile
    mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
}

bench_java() {
    java -Xmx${BENCH_HEAP:-512m} ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
}
