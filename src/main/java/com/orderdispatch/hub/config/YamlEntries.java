package com.orderdispatch.hub.config;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads and rewrites one entry of a configuration file's list ({@code suppliers:}, {@code retailers:},
 * {@code catalog:}) as the administrator wrote it: placeholders stay unresolved, and everything the edit does not
 * touch (comments, key order, quoting, flow lists, other entries) is written back as it was, as far as SnakeYAML's
 * comment support allows (comments at the end of a changed value are lost).
 */
final class YamlEntries {

	private final Yaml yaml;

	YamlEntries() {
		var loading = new LoaderOptions();
		loading.setProcessComments(true);
		var dumping = new DumperOptions();
		dumping.setProcessComments(true);
		dumping.setIndent(2);
		dumping.setIndicatorIndent(2);
		dumping.setIndentWithIndicator(true);
		dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		dumping.setWidth(120);
		this.yaml = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading);
	}

	/** The entries of the list, unresolved; empty when the file has none. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> read(String text, String listKey) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		if (root instanceof Map<?, ?> map && map.get(listKey) instanceof List<?> list) {
			var entries = new ArrayList<Map<String, Object>>();
			list.stream()
				.filter(Map.class::isInstance)
				.forEach(item -> entries.add(new LinkedHashMap<>((Map<String, Object>) item)));
			return entries;
		}
		return List.of();
	}

	/** The text with the entry whose {@code idKey} is {@code id} replaced by {@code entry}, or appended. */
	String put(String text, String listKey, String idKey, String id, Map<String, Object> entry) {
		Node root = yaml.compose(new StringReader(text));
		SequenceNode list = list(root, listKey);
		Node wanted = yaml.represent(entry);
		var items = list.getValue();
		int index = indexOf(items, idKey, id);
		if (index < 0) {
			items.add(wanted);
		}
		else {
			items.set(index, merge(items.get(index), wanted));
		}
		return write(root);
	}

	String remove(String text, String listKey, String idKey, String id) {
		Node root = yaml.compose(new StringReader(text));
		var items = list(root, listKey).getValue();
		int index = indexOf(items, idKey, id);
		if (index >= 0) {
			items.remove(index);
		}
		return write(root);
	}

	private SequenceNode list(Node root, String listKey) {
		if (!(root instanceof MappingNode mapping)) {
			throw new IllegalArgumentException("the file is not a YAML mapping with '" + listKey + ":'");
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && listKey.equals(key.getValue())) {
				if (tuple.getValueNode() instanceof SequenceNode sequence) {
					return sequence;
				}
			}
		}
		throw new IllegalArgumentException("the file has no list '" + listKey + ":'");
	}

	private static int indexOf(List<Node> items, String idKey, String id) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof MappingNode item && id.equals(scalar(item, idKey))) {
				return i;
			}
		}
		return -1;
	}

	private static String scalar(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())
					&& tuple.getValueNode() instanceof ScalarNode value) {
				return value.getValue();
			}
		}
		return null;
	}

	/** The wanted node, reusing every part of the old one that did not change (with its comments and style). */
	private static Node merge(Node old, Node wanted) {
		if (old instanceof ScalarNode o && wanted instanceof ScalarNode w) {
			if (Objects.equals(o.getValue(), w.getValue()) && sameKind(o.getTag(), w.getTag())) {
				return old;
			}
			// A changed text keeps the quotes it was written with (quoting is always valid; plain may not be).
			boolean quoted = o.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
					|| o.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
			return quoted && Tag.STR.equals(w.getTag())
					? new ScalarNode(w.getTag(), w.getValue(), null, null, o.getScalarStyle()) : wanted;
		}
		if (old instanceof SequenceNode o && wanted instanceof SequenceNode w) {
			if (o.getValue().size() == w.getValue().size()) {
				boolean same = true;
				for (int i = 0; i < o.getValue().size(); i++) {
					same &= merge(o.getValue().get(i), w.getValue().get(i)) == o.getValue().get(i);
				}
				if (same) {
					return old;
				}
			}
			return new SequenceNode(w.getTag(), w.getValue(), o.getFlowStyle());
		}
		if (old instanceof MappingNode o && wanted instanceof MappingNode w) {
			var tuples = new ArrayList<NodeTuple>();
			for (NodeTuple tuple : w.getValue()) {
				String key = ((ScalarNode) tuple.getKeyNode()).getValue();
				NodeTuple before = o.getValue()
					.stream()
					.filter(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()))
					.findFirst()
					.orElse(null);
				tuples.add(before == null ? tuple
						: new NodeTuple(before.getKeyNode(), merge(before.getValueNode(), tuple.getValueNode())));
			}
			// Keys kept in the administrator's order; new ones go last, in the order they came.
			tuples.sort(java.util.Comparator.comparingInt(t -> position(o, t)));
			var merged = new MappingNode(o.getTag(), tuples, o.getFlowStyle());
			merged.setBlockComments(o.getBlockComments());
			merged.setInLineComments(o.getInLineComments());
			merged.setEndComments(o.getEndComments());
			return merged;
		}
		return wanted;
	}

	private static int position(MappingNode old, NodeTuple tuple) {
		String key = ((ScalarNode) tuple.getKeyNode()).getValue();
		for (int i = 0; i < old.getValue().size(); i++) {
			if (old.getValue().get(i).getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** "8080" in quotes and 8080 bare are different values to the loader. */
	private static boolean sameKind(Tag a, Tag b) {
		return a.equals(b);
	}

	private String write(Node root) {
		var out = new StringWriter();
		yaml.serialize(root, out);
		// SnakeYAML writes a blank line before a list item as "- " on a line of its own: put the blank line back.
		return out.toString().replaceAll("(?m)^( *)- \\n\\1  ", "\n$1- ");
	}

}
