/**
 * The text of `newsast --help`.
 */
export function helpText(cores: number): string {
  return `Usage: newsast [options] [file | folder | -]...

Turn Dutch news articles (plain UTF-8 text) into newsast syntax trees: header,
sections, paragraphs and attributed quotes.

Reads each file, every *.txt file under each folder (recursively, in name order),
and stdin for \`-\` or when no path is given.

Options:
  -f, --format <name>  what to print for each article:
                         tree     the tree as unist-util-inspect prints it
                                  (default when stdout is a terminal)
                         json     the tree as JSON (several inputs: an array of
                                  {file, tree})
                         jsonl    one JSON line per article: {file, header,
                                  outline, quotes, messages, error}
                                  (default when stdout is a pipe or a file)
                         quotes   a table of the quotes: place, speaker, kind,
                                  cue and text
                         outline  the header fields, then each section with its
                                  heading and paragraphs
      --input jsonl    read records from stdin, one JSON object a line
                       ({"id": …, "text": …, …}), and write one JSON line for
                       each, in order: its fields but \`text\`, then those of
                       jsonl; a bad line gives a line with its error
  -j, --jobs <n>       worker threads for several inputs (default: ${cores}, the
                       available cores; 1 parses in the main thread)
  -h, --help           show this help
  -v, --version        show the version

Output keeps the order of the inputs. A progress bar shows on stderr when stderr
is a terminal. An input that cannot be read, is binary or not valid UTF-8, and a
folder without *.txt files, is reported on stderr (and in its JSONL line); the
others are still processed.

Exit status: 0 when every input was processed, 1 when any input failed,
2 for a usage error.

Examples:
  newsast article.txt
  newsast --format quotes article.txt
  newsast corpus/ > articles.jsonl
  cat article.txt | newsast --format outline
  newsast --input jsonl < records.jsonl > articles.jsonl
`
}
