// "Will GraphDB / neosemantics parse this?": parse each file with RDF4J's Rio (the parser both
// use), in its strict default settings, and report the statement count, blank nodes and the
// named graphs. Exit 0 when every file parses, 1 otherwise. Used by tests/test_interop.py.
import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

public class Rdf4jCheck {
    public static void main(String[] args) throws Exception {
        int failed = 0;
        for (String path : args) {
            RDFFormat format = Rio.getParserFormatForFileName(path).orElse(RDFFormat.TURTLE);
            try (InputStream in = new FileInputStream(path)) {
                Model model = Rio.parse(in, "", format);
                long blank = 0;
                Set<Resource> graphs = new HashSet<>();
                for (Statement st : model) {
                    if (st.getSubject() instanceof BNode || st.getObject() instanceof BNode) {
                        blank++;
                    }
                    if (st.getContext() != null) {
                        graphs.add(st.getContext());
                    }
                }
                System.out.println("OK " + path + " statements=" + model.size() + " blank=" + blank
                        + " graphs=" + graphs.size());
            } catch (Exception e) {
                failed++;
                System.out.println("FAIL " + path + " " + e.getMessage().replace('\n', ' '));
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
