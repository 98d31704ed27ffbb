package io.github.acsnumbers.boundary;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the places where the API of a type (its public and protected constructors, methods, fields, supertypes and
 * type-parameter bounds, including public methods inherited from a superclass) mentions a type of the SDK's own
 * packages ({@code io.github.acsnumbers...}) that is not exported.
 */
final class SignatureScan {
    private static final String OURS = "io.github.acsnumbers.";

    private final Predicate<String> exported;

    /** @param exported whether a package is exported */
    SignatureScan(Predicate<String> exported) {
        this.exported = exported;
    }

    /**
     * @param type a public type of an exported package
     * @return one line per violation: where, and which non-exported type it names
     */
    List<String> violations(Class<?> type) {
        List<String> out = new ArrayList<>();
        String where = type.getName();
        check(where + " type parameter", type.getTypeParameters(), out);
        if (type.getGenericSuperclass() != null) {
            check(where + " superclass", new Type[] {type.getGenericSuperclass()}, out);
        }
        check(where + " interface", type.getGenericInterfaces(), out);
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                check(where + "." + f.getName(), new Type[] {f.getGenericType()}, out);
            }
        }
        List<Executable> members = new ArrayList<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !type.isEnum()) {
                members.add(c);
            }
        }
        Set<Method> methods = new HashSet<>(List.of(type.getMethods()));
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isProtected(m.getModifiers())) {
                methods.add(m);
            }
        }
        for (Method m : methods) {
            if (!m.isSynthetic() && !m.isBridge() && m.getDeclaringClass() != Object.class) {
                members.add(m);
            }
        }
        for (Executable e : members) {
            String name = where + "#" + (e instanceof Constructor ? "<init>" : e.getName());
            check(name + " type parameter", e.getTypeParameters(), out);
            check(name + " parameter", e.getGenericParameterTypes(), out);
            check(name + " throws", e.getGenericExceptionTypes(), out);
            if (e instanceof Method m) {
                check(name + " return", new Type[] {m.getGenericReturnType()}, out);
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private void check(String where, Type[] types, List<String> out) {
        for (Type t : types) {
            walk(t, where, out, new HashSet<>());
        }
    }

    private void walk(Type t, String where, List<String> out, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String name = c.getName();
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            String pkg = top.getPackageName();
            if (name.startsWith(OURS) && !exported.test(pkg)) {
                out.add(where + " mentions " + c.getTypeName() + " (package " + pkg + " is not exported)");
            }
        } else if (t instanceof ParameterizedType p) {
            walk(p.getRawType(), where, out, seen);
            walk(p.getOwnerType(), where, out, seen);
            for (Type a : p.getActualTypeArguments()) {
                walk(a, where, out, seen);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                walk(b, where, out, seen);
            }
            for (Type b : w.getLowerBounds()) {
                walk(b, where, out, seen);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                walk(b, where, out, seen);
            }
        } else if (t instanceof GenericArrayType g) {
            walk(g.getGenericComponentType(), where, out, seen);
        }
    }
}
