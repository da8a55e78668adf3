package org.grantwise.interfaces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are distributable (web.xml): a node may serialize a session and hand it to another. So
 * every session-, view- and conversation-scoped bean of the web module, and everything its fields
 * can hold, must be Serializable: scanned here class by class, field by field, down through the
 * application's own types. Injected services are fine when the container's proxy for them is
 * serializable: EJBs and normal-scoped beans.
 */
class SessionStateSerializableTest {

  private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

  /** Interfaces whose usual implementations (ArrayList, HashMap, List.of...) are Serializable. */
  private static final List<Class<?>> SERIALIZABLE_CONTAINERS =
      List.of(List.class, Set.class, Map.class, Collection.class);

  @Test
  void everyBeanKeptInASessionOrViewIsSerializableThroughAndThrough() throws Exception {
    List<Class<?>> beans = new ArrayList<>();
    for (Class<?> type : webClasses()) {
      if (PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
        beans.add(type);
      }
    }
    assertThat(beans)
        .as("the view beans of the pages")
        .extracting(Class::getSimpleName)
        .contains("ApplicationView", "AssessView", "ManagerCaseView", "ImportView");

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).as("state that could not move to another node").isEmpty();
  }

  @Test
  void theCheckFindsWhatIsNotSerializable() {
    List<String> problems = new ArrayList<>();
    check(Unserializable.class, "Unserializable", problems, new HashSet<>());
    assertThat(problems)
        .hasSize(4)
        .anyMatch(p -> p.contains("Unserializable is not Serializable"))
        .anyMatch(p -> p.contains("thread"))
        .anyMatch(p -> p.contains("values"))
        .anyMatch(p -> p.contains("NotSerializableHolder"));
  }

  // --- the check -------------------------------------------------------------------------------

  private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()) {
          continue;
        }
        String where = path + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
          if (!serializableProxy(field.getType())) {
            problems.add(
                where + ": injected " + field.getType().getName() + " has no serializable proxy");
          }
          continue;
        }
        checkType(field.getGenericType(), where, problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
    if (type instanceof Class<?> c) {
      if (c.isPrimitive() || c.isEnum()) {
        return;
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
        return;
      }
      if (SERIALIZABLE_CONTAINERS.contains(c)) {
        return;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.getName().startsWith("org.grantwise.")) {
        check(c, path, problems, seen); // our own types: their fields too
      }
    } else if (type instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        checkType(bound, path, problems, seen);
      }
    }
  }

  private static boolean serializableProxy(Class<?> type) {
    if (type.isAnnotationPresent(Stateless.class)
        || type.isAnnotationPresent(Singleton.class)
        || type.isAnnotationPresent(Stateful.class)) {
      return true;
    }
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
        return true; // a client proxy, serializable; the bean itself stays in its own scope
      }
    }
    return Serializable.class.isAssignableFrom(type);
  }

  private static List<Class<?>> webClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(
                SessionStateSerializableTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolve("../classes")
            .normalize();
    assertThat(root.resolve("org/grantwise/interfaces/shared")).isDirectory();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          classes.add(
              Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    return classes;
  }

  // --- a bean the check must reject --------------------------------------------------------------

  static class NotSerializableHolder {}

  static final class Holder implements Serializable {
    private static final long serialVersionUID = 1L;
    NotSerializableHolder inside;
  }

  @ViewScoped
  static final class Unserializable {
    Thread thread;
    Map<String, Thread> values;
    Holder holder;
  }
}
