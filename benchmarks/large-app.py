#!/usr/bin/env python3
"""Writes a Maven project with 1,000 HTTP functions (Service0..Service99, ten each, plus Hello) for
the start-up benchmark: built with the plugin's index goal, as a user's app would be.

Usage: benchmarks/large-app.py <directory> <functions4j version>
"""
import os
import sys

directory, version = sys.argv[1], sys.argv[2]
sources = os.path.join(directory, "src", "main", "java", "bench")
os.makedirs(sources, exist_ok=True)

with open(os.path.join(directory, "pom.xml"), "w") as pom:
    pom.write(f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.functions4j</groupId>
    <artifactId>functions4j-parent</artifactId>
    <version>{version}</version>
    <relativePath/>
  </parent>
  <artifactId>large-app</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.functions4j</groupId>
      <artifactId>functions-api</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.functions4j</groupId>
        <artifactId>functions-maven-plugin</artifactId>
        <version>{version}</version>
        <executions>
          <execution>
            <goals>
              <goal>index</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
""")

HELLO = """    @FunctionName("Hello")
    public static String hello(@HttpTrigger(name = "req", methods = {HttpMethod.GET}) String body,
                               @BindingName("name") String name) {
        return "Hello, " + name;
    }
"""
# Three realistic shapes: a constrained id in the middle, a constrained last segment, a catch-all.
ROUTES = ["svc{c}/items/{{id:int}}/op{m}", "svc{c}/op{m}/{{name:alpha}}", "svc{c}/op{m}/{{*rest}}"]

for c in range(100):
    methods = [HELLO] if c == 0 else []
    for m in range(10):
        route = ROUTES[m % 3].format(c=c, m=m)
        methods.append(f"""    @FunctionName("Svc{c}Op{m}")
    public static String op{m}(@HttpTrigger(name = "req", methods = {{HttpMethod.GET, HttpMethod.POST}},
            route = "{route}") String body, ExecutionContext context) {{
        return context.getFunctionName();
    }}
""")
    with open(os.path.join(sources, f"Service{c}.java"), "w") as source:
        source.write("package bench;\n\nimport org.functions4j.api.*;\n\n"
                     f"public class Service{c} {{\n" + "\n".join(methods) + "}\n")
