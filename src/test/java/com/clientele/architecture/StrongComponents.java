package com.clientele.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tarjan's strongly connected components of a small directed graph given as node → successors. */
final class StrongComponents {

    private final Map<String, Set<String>> successors = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> components = new ArrayList<>();

    StrongComponents(Map<String, ? extends Map<String, ?>> arrows) {
        arrows.forEach((node, targets) -> successors.put(node, targets.keySet()));
        successors.keySet().stream().sorted().filter(node -> !index.containsKey(node)).forEach(this::visit);
    }

    List<List<String>> withMoreThanOnePackage() {
        return components.stream().filter(component -> component.size() > 1)
                .map(component -> component.stream().sorted().toList()).toList();
    }

    private void visit(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : successors.getOrDefault(node, Set.of())) {
            follow(node, next);
        }
        if (low.get(node).equals(index.get(node))) {
            components.add(popComponent(node));
        }
    }

    private void follow(String node, String next) {
        if (!index.containsKey(next)) {
            visit(next);
            low.put(node, Math.min(low.get(node), low.get(next)));
            return;
        }
        if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
        }
    }

    private List<String> popComponent(String root) {
        List<String> component = new ArrayList<>();
        String member;
        do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
        } while (!member.equals(root));
        return component;
    }
}
