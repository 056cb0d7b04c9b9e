package tokenizer

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// pythonCodecName normalizes an encoding name the way Python's
// encodings.normalize_encoding does before looking up aliases: lower case,
// and every run of characters other than letters, digits and '.' becomes a
// single '_'.
func pythonCodecName(name string) string {
	var b strings.Builder
	pendingSep := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteRune(r)
		} else {
			pendingSep = true
		}
	}
	return b.String()
}

// builtinCodecs maps Python codec names and aliases to the decoders the
// tokenizer handles itself.
var builtinCodecs = map[string]string{
	"utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
	"latin_1": "iso-8859-1", "latin1": "iso-8859-1", "latin": "iso-8859-1", "l1": "iso-8859-1",
	"iso8859_1": "iso-8859-1", "iso_8859_1": "iso-8859-1", "8859": "iso-8859-1", "cp819": "iso-8859-1",
	"iso_ir_100": "iso-8859-1", "csisolatin1": "iso-8859-1",
	"ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii", "us": "ascii",
}

// pythonCodecs maps Python codec names that are not IANA names to their
// x/text encodings.
var pythonCodecs = map[string]encoding.Encoding{
	"cp437": charmap.CodePage437, "cp850": charmap.CodePage850, "cp852": charmap.CodePage852,
	"cp855": charmap.CodePage855, "cp858": charmap.CodePage858, "cp860": charmap.CodePage860,
	"cp862": charmap.CodePage862, "cp863": charmap.CodePage863, "cp865": charmap.CodePage865,
	"cp866": charmap.CodePage866, "cp874": charmap.Windows874,
	"cp1250": charmap.Windows1250, "cp1251": charmap.Windows1251, "cp1252": charmap.Windows1252,
	"cp1253": charmap.Windows1253, "cp1254": charmap.Windows1254, "cp1255": charmap.Windows1255,
	"cp1256": charmap.Windows1256, "cp1257": charmap.Windows1257, "cp1258": charmap.Windows1258,
	"koi8_r": charmap.KOI8R, "koi8_u": charmap.KOI8U, "mac_roman": charmap.Macintosh,
	"macroman": charmap.Macintosh, "mac_cyrillic": charmap.MacintoshCyrillic,
	"shift_jis": japanese.ShiftJIS, "sjis": japanese.ShiftJIS, "s_jis": japanese.ShiftJIS,
	"cp932": japanese.ShiftJIS, "euc_jp": japanese.EUCJP, "iso2022_jp": japanese.ISO2022JP,
	"euc_kr": korean.EUCKR, "cp949": korean.EUCKR, "gbk": simplifiedchinese.GBK,
	"cp936": simplifiedchinese.GBK, "gb2312": simplifiedchinese.HZGB2312, "gb18030": simplifiedchinese.GB18030,
	"big5": traditionalchinese.Big5, "cp950": traditionalchinese.Big5,
}

// codecDecoder finds a decoder for a declared encoding: the kind the
// tokenizer decodes itself ("utf-8", "iso-8859-1", "ascii"), or an x/text
// decoder. ok is false for encodings Taipan does not know.
func codecDecoder(name string) (builtin string, dec func([]byte) ([]byte, error), ok bool) {
	norm := pythonCodecName(name)
	if b, found := builtinCodecs[norm]; found {
		return b, nil, true
	}
	enc, found := pythonCodecs[norm]
	if !found {
		if strings.HasPrefix(norm, "iso8859_") {
			norm = "iso-8859-" + norm[len("iso8859_"):]
		}
		var err error
		enc, err = ianaindex.IANA.Encoding(strings.ReplaceAll(norm, "_", "-"))
		if err != nil || enc == nil {
			return "", nil, false
		}
	}
	return "", func(src []byte) ([]byte, error) { return enc.NewDecoder().Bytes(src) }, true
}
