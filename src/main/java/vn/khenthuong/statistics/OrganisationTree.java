package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.khenthuong.organisation.Organisation;

/** The whole organisation tree read once, for choosing scopes and naming areas without a query per organisation. */
final class OrganisationTree {

    private final Map<String, Organisation> byCode;
    private final Map<String, List<Organisation>> children;

    OrganisationTree(List<Organisation> all) {
        byCode = all.stream().collect(Collectors.toMap(Organisation::code, Function.identity()));
        children = all.stream().filter(o -> o.parentCode() != null)
                .sorted(Comparator.comparing(Organisation::level).reversed().thenComparing(Organisation::name))
                .collect(Collectors.groupingBy(Organisation::parentCode));
    }

    Optional<Organisation> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    List<Organisation> all() {
        return List.copyOf(byCode.values());
    }

    /** The organisation and everything below it, depth first (a district, then its units). */
    List<Organisation> withDescendants(Organisation root) {
        List<Organisation> out = new ArrayList<>();
        add(root, out);
        return out;
    }

    boolean isWithin(String code, String ancestor) {
        for (Organisation o = byCode.get(code); o != null; o = byCode.get(o.parentCode())) {
            if (o.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    Map<String, String> names() {
        return byCode.values().stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
    }

    private void add(Organisation org, List<Organisation> out) {
        out.add(org);
        children.getOrDefault(org.code(), List.of()).forEach(child -> add(child, out));
    }
}
