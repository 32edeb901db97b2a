package be.femmesetsante.sesu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.util.AntPathMatcher;

import be.femmesetsante.sesu.casework.CaseworkFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every class under src/test/java that holds tests is run by {@code ./mvnw verify}. Surefire runs
 * only the classes whose file name matches one of its include patterns; a class named otherwise
 * (a {@code *Properties} class, say) compiles, looks fine, and never runs. This test reads
 * the patterns from the pom itself (Surefire's {@code <includes>}), so there is one list, and fails
 * naming each class that holds tests and that no pattern picks.
 * <p>
 * "Holds tests": a method annotated with anything the JUnit Platform marks {@link Testable}
 * (Jupiter's {@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory},
 * {@code @TestTemplate}), declared or inherited,
 * or a {@link Nested} inner class holding some.
 */
class EveryTestClassRunsTest {

	/** The property-test class (once jqwik's, named *Properties, and matching no pattern until this gate existed). */
	static final String JQWIK = "be/femmesetsante/sesu/request/RequestFormCheckPropertiesTest";

	/** A property-style class name, which Surefire's default patterns do not pick. */
	static final String PROPERTIES = "be/femmesetsante/sesu/request/RequestFormCheckProperties";

	/** A class whose tests are partly in @Nested classes. */
	static final String LIFECYCLE = "be/femmesetsante/sesu/request/SupportRequestLifecycleTest";

	@Test
	void everyClassHoldingTestsMatchesAnIncludePatternOfThePom() {
		Selection selection = Selection.fromPom(Path.of("pom.xml"));
		List<String> testClasses = classesHoldingTests();
		assertThat(testClasses).as("the scan finds the suite's test classes")
			.contains(name(EveryTestClassRunsTest.class), JQWIK, LIFECYCLE);
		assertThat(testClasses.stream().filter(c -> !selection.runs(c)).toList())
			.as("classes holding tests that Surefire never runs: rename them, or add their pattern to "
					+ "<includes> in pom.xml (patterns there: %s)", selection.includes())
			.isEmpty();
	}

	/** The gate can fail: with Surefire's defaults alone, as before, a *Properties class is reported. */
	@Test
	void withSurefiresDefaultPatternsAlonePropertiesClassesAreNotRun() {
		assertThat(Selection.SUREFIRE_DEFAULTS.runs(PROPERTIES)).isFalse();
		assertThat(Selection.SUREFIRE_DEFAULTS.runs(LIFECYCLE)).isTrue();
		assertThat(Selection.SUREFIRE_DEFAULTS.runs("be/femmesetsante/sesu/ModularityTests")).isTrue();
		assertThat(Selection.SUREFIRE_DEFAULTS.runs("TestSomething")).isTrue();

		Selection pom = Selection.fromPom(Path.of("pom.xml"));
		assertThat(pom.runs(PROPERTIES)).isTrue();
		assertThat(pom.runs("be/femmesetsante/sesu/request/RequestFormChecks")).as("a name no pattern matches")
			.isFalse();
		assertThat(pom.runs("be/femmesetsante/sesu/web/AccessMatrixSpec")).isFalse();
	}

	@Test
	void aClassHoldsTestsThroughItsMethodsItsPropertiesOrItsNestedClasses() {
		assertThat(holdsTests(EveryTestClassRunsTest.class)).isTrue();
		assertThat(holdsTests(load(JQWIK))).as("seeded @ParameterizedTest properties").isTrue();
		assertThat(holdsTests(load(LIFECYCLE + "$Submission"))).as("a @Nested class").isTrue();
		assertThat(holdsTests(CaseworkFixture.class)).as("a fixture holds no tests").isFalse();
	}

	@Test
	void aPatternSyntaxTheGateCannotReadIsRefusedRatherThanIgnored() {
		assertThatThrownBy(() -> new Selection(List.of("%regex[.*Spec.*]"), List.of()).runs("a/b/CSpec"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("%regex");
	}

	/** Test classes as Surefire names them: the path of the class in the test output, without ".class". */
	private static String name(Class<?> type) {
		return type.getName().replace('.', '/');
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name.replace('/', '.'), false, EveryTestClassRunsTest.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> classesHoldingTests() {
		Path root;
		try {
			root = Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				// Inner classes run through their top-level class (Surefire excludes **/*$* too).
				if (!relative.endsWith(".class") || relative.contains("$") || relative.endsWith("-info.class")) {
					continue;
				}
				String name = relative.substring(0, relative.length() - ".class".length());
				Class<?> type = load(name);
				if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && holdsTests(type)) {
					found.add(name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	static boolean holdsTests(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (declaresTests(c)) {
				return true;
			}
			for (Class<?> contract : c.getInterfaces()) {
				if (declaresTests(contract)) {
					return true;
				}
			}
			for (Class<?> inner : c.getDeclaredClasses()) {
				if (AnnotationSupport.isAnnotated(inner, Nested.class) && holdsTests(inner)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean declaresTests(Class<?> type) {
		for (Method method : type.getDeclaredMethods()) {
			if (AnnotationSupport.isAnnotated(method, Testable.class)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Surefire's choice of test classes: a class runs when its path (as {@code a/b/NameTest.java})
	 * matches an include pattern and no exclude pattern. Only Ant-style patterns are understood;
	 * anything else is refused, so the gate never silently under-reports.
	 */
	record Selection(List<String> includes, List<String> excludes) {

		/** What Surefire runs when the pom names no includes (its documented defaults). */
		static final Selection SUREFIRE_DEFAULTS = new Selection(
				List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java"), List.of("**/*$*"));

		private static final AntPathMatcher ANT = new AntPathMatcher();

		boolean runs(String className) {
			String path = className + ".java";
			return includes.stream().anyMatch(pattern -> matches(pattern, path))
					&& excludes.stream().noneMatch(pattern -> matches(pattern, path));
		}

		private static boolean matches(String pattern, String path) {
			if (pattern.startsWith("%")) {
				throw new IllegalStateException("Surefire pattern " + pattern
						+ " is not understood by EveryTestClassRunsTest: teach it %regex/%ant, or use an Ant pattern");
			}
			String ant = pattern.replace('\\', '/');
			// Surefire matches "**/*Test.java" against class files too: "Foo.class" and "Foo.java" alike.
			ant = ant.endsWith(".class") ? ant.substring(0, ant.length() - ".class".length()) + ".java" : ant;
			return ANT.match(ant, path) || (!ant.contains("/") && ANT.match("**/" + ant, path));
		}

		/** The includes and excludes of the maven-surefire-plugin in this pom, or Surefire's defaults. */
		static Selection fromPom(Path pom) {
			try {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				Document document = factory.newDocumentBuilder().parse(pom.toFile());
				NodeList plugins = document.getElementsByTagName("plugin");
				for (int i = 0; i < plugins.getLength(); i++) {
					Element plugin = (Element) plugins.item(i);
					if ("maven-surefire-plugin".equals(childText(plugin, "artifactId"))) {
						Element configuration = child(plugin, "configuration");
						List<String> includes = configuration == null ? List.of()
								: texts(child(configuration, "includes"), "include");
						List<String> excludes = configuration == null ? List.of()
								: texts(child(configuration, "excludes"), "exclude");
						return new Selection(includes.isEmpty() ? SUREFIRE_DEFAULTS.includes() : includes,
								excludes.isEmpty() ? SUREFIRE_DEFAULTS.excludes() : excludes);
					}
				}
				return SUREFIRE_DEFAULTS;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not read the Surefire patterns of " + pom.toAbsolutePath(), ex);
			}
		}

		private static Element child(Element parent, String name) {
			for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element element && element.getTagName().equals(name)) {
					return element;
				}
			}
			return null;
		}

		private static String childText(Element parent, String name) {
			Element child = child(parent, name);
			return child == null ? null : child.getTextContent().strip();
		}

		private static List<String> texts(Element parent, String name) {
			List<String> texts = new ArrayList<>();
			for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element element && element.getTagName().equals(name)) {
					texts.add(element.getTextContent().strip());
				}
			}
			return texts;
		}
	}

}
