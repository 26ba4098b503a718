package org.newskg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/**
 * Turns {@code --param name=value} into an RDF term to bind into a parsed query. Values are data,
 * never query text: {@code <…>} is an IRI, an ISO date is an {@code xsd:date}, a whole number an
 * {@code xsd:integer}, anything else a plain string literal.
 */
public final class Params {

    /** A parameter: the variable name (without ?) and its value as an RDF term. */
    public record Param(String name, Node value) {
    }

    private Params() {
    }

    public static Param parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--param wants name=value, got '" + spec + "'");
        }
        String name = spec.substring(0, eq).strip();
        if (name.startsWith("?") || name.startsWith("$")) {
            name = name.substring(1);
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("--param name '" + name + "' is not a SPARQL variable name");
        }
        return new Param(name, term(spec.substring(eq + 1)));
    }

    public static Node term(String value) {
        if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIs.checkEx(iri);
            } catch (IRIException e) {
                throw new IllegalArgumentException("not a valid IRI: " + value);
            }
            return NodeFactory.createURI(iri);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(value);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a valid date: " + value);
            }
        }
        if (value.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    public static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /**
     * The variables a query mentions anywhere (patterns, filters, binds, sub-queries): the names a
     * parameter may bind. A name outside them would bind nothing and change no answer silently.
     */
    public static java.util.SortedSet<String> variablesOf(org.apache.jena.query.Query query) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        org.apache.jena.sparql.algebra.Op op = org.apache.jena.sparql.algebra.Algebra.compile(query);
        org.apache.jena.sparql.algebra.OpVars.mentionedVars(op).forEach(v -> out.add(v.getVarName()));
        // Filters and expressions are walked too: mentionedVars leaves a variable used only there.
        org.apache.jena.sparql.algebra.OpWalker.walk(op, new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpFilter f) {
                f.getExprs().getVarsMentioned().forEach(v -> out.add(v.getVarName()));
            }

            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpExtend e) {
                e.getVarExprList().getExprs().values().forEach(x -> x.getVarsMentioned().forEach(v -> out.add(v.getVarName())));
            }

            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpLeftJoin j) {
                if (j.getExprs() != null) {
                    j.getExprs().getVarsMentioned().forEach(v -> out.add(v.getVarName()));
                }
            }
        });
        out.removeIf(name -> name.startsWith(".") || name.startsWith("?")); // Jena's internal variables
        return out;
    }
}
