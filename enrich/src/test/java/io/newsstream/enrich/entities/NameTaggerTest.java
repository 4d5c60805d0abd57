package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.text.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class NameTaggerTest {

    private static final NameTagger TAGGER = NameTagger.bundled();

    private static List<String> names(String sentence, EntityType type) {
        return TAGGER.tag(sentence).stream().filter(span -> span.type() == type).map(TaggedSpan::text).toList();
    }

    @Test
    void findsPeopleTheKnowledgeBaseLacks() {
        assertThat(names("“We will appeal,” said Margaret Okonkwo, a lawyer for the family.", EntityType.PERSON))
                .containsExactly("Margaret Okonkwo");
    }

    @Test
    void findsPlacesAndOrganisations() {
        String sentence = "The United Nations said on Monday that talks in Geneva would resume.";
        assertThat(names(sentence, EntityType.ORG)).containsExactly("United Nations");
        assertThat(names(sentence, EntityType.LOCATION)).containsExactly("Geneva");
    }

    @Test
    void spansGiveTheirRangeInTheText() {
        String text = "Anna Berg spoke.\nLater, Brussels answered.";
        for (TaggedSpan span : TAGGER.tagText(text)) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(TAGGER.tagText(text)).extracting(TaggedSpan::text).contains("Brussels");
    }

    @Test
    void tagsJoinIntoNamesOfOneKind() {
        String sentence = "Anna Berg of Acme Corp";
        BioTag[] tags = {BioTag.B_PER, BioTag.I_PER, BioTag.O, BioTag.B_ORG, BioTag.I_ORG};

        List<TaggedSpan> spans = NameTagger.spans(sentence, Tokenizer.tokenize(sentence), tags);

        assertThat(spans).containsExactly(new TaggedSpan(EntityType.PERSON, 0, 9, "Anna Berg"),
                new TaggedSpan(EntityType.ORG, 13, 22, "Acme Corp"));
    }

    @Test
    void decodingNeverContinuesANameOfAnotherKindNorStartsWithAContinuation() {
        float[] weights = new float[(1 << 2) * TaggerModel.TAGS];
        // One feature that votes most for I-ORG, less for B-PER: I-ORG may follow only B-ORG or I-ORG.
        weights[BioTag.I_ORG.ordinal()] = 5f;
        weights[BioTag.B_PER.ordinal()] = 1f;
        TaggerModel model = new TaggerModel(2, weights, new float[(TaggerModel.TAGS + 1) * TaggerModel.TAGS]);

        assertThat(model.decode(new int[][] {{0}})).containsExactly(BioTag.B_PER);
        assertThat(model.decode(new int[][] {{0}, {0}})).containsExactly(BioTag.B_ORG, BioTag.I_ORG);
    }

    @Test
    void savedModelLoadsWithTheSameDecisions() throws IOException {
        TaggerModel bundled = NameTagger.bundledModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bundled.save(out, List.of("round trip"), 0f);

        TaggerModel loaded = TaggerModel.load("round trip", new ByteArrayInputStream(out.toByteArray()));

        String sentence = "Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Friday.";
        int[][] features = new TaggerFeatures(KnowledgeBase.bundled(), null).of(sentence, Tokenizer.tokenize(sentence));
        assertThat(loaded.decode(features)).containsExactly(bundled.decode(features));
    }

    @Test
    void malformedModelFailsWithItsSourceAndLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write("# header\n12\tAAAA\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> TaggerModel.load("bad.tsv.gz", new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.tsv.gz line 2");
    }
}
