package io.lede.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {

    @Test
    void offersTheConfiguredWidthsNarrowerThanTheImageThenTheSourceItself() {
        Srcset srcset = new Srcset("{url}?w={width}", List.of(640, 320, 1920));
        assertThat(srcset.of("https://img.example/a.jpg", 1000))
                .isEqualTo("https://img.example/a.jpg?w=320 320w, https://img.example/a.jpg?w=640 640w,"
                        + " https://img.example/a.jpg 1000w");
        assertThat(srcset.of("https://img.example/tiny.png", 100)).isEqualTo("https://img.example/tiny.png 100w");
    }

    @Test
    void aSourceWithAQueryKeepsItAndAPathStyleHostGetsTheUrlEncoded() {
        assertThat(new Srcset("{url}?w={width}", List.of(320)).resized("https://img.example/a.jpg?v=2", 320))
                .isEqualTo("https://img.example/a.jpg?v=2&w=320");
        assertThat(new Srcset("https://thumbor.example/unsafe/{width}x0/{encodedUrl}", List.of(320))
                        .resized("https://img.example/a b.jpg", 320))
                .isEqualTo("https://thumbor.example/unsafe/320x0/https%3A%2F%2Fimg.example%2Fa+b.jpg");
    }

    @Test
    void upToAWidthStopsThere() {
        Srcset srcset = new Srcset("{url}?w={width}", List.of(320, 640, 960));
        assertThat(srcset.upTo("https://img.example/a.jpg", 2000, 400))
                .isEqualTo("https://img.example/a.jpg?w=320 320w, https://img.example/a.jpg?w=400 400w");
    }
}
