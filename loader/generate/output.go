package generate

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
)

// outFile is one output file, buffered and optionally gzipped. gzip headers
// carry no name or time, so the bytes depend on the content alone.
type outFile struct {
	name   string
	f      *os.File
	z      *asyncGzip
	w      *bufio.Writer
	csv    *csv.Writer // flushed on close, for CSV files
	rows   int
	bytes  int64
	closed bool
}

func createOut(dir, name string, compress bool) (*outFile, error) {
	if compress {
		name += ".gz"
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	o := &outFile{name: name, f: f}
	if compress {
		o.z = newAsyncGzip(f)
		o.w = bufio.NewWriterSize(o.z, 256<<10)
	} else {
		o.w = bufio.NewWriterSize(f, 256<<10)
	}
	return o, nil
}

func (o *outFile) Write(p []byte) (int, error) { return o.w.Write(p) }

func (o *outFile) close() error {
	o.closed = true
	var err error
	if o.csv != nil {
		o.csv.Flush()
		err = o.csv.Error()
	}
	if e := o.w.Flush(); err == nil {
		err = e
	}
	if o.z != nil {
		if e := o.z.Close(); err == nil {
			err = e
		}
	}
	if st, e := o.f.Stat(); e == nil {
		o.bytes = st.Size()
	}
	if e := o.f.Close(); err == nil {
		err = e
	}
	return err
}

// asyncGzip compresses on its own goroutine: at benchmark scale
// compression costs as much as making the posts, and there are two cores.
// One goroutine per file keeps the stream, and so the bytes, in order.
type asyncGzip struct {
	ch   chan []byte
	free chan []byte
	done chan error
}

func newAsyncGzip(w io.Writer) *asyncGzip {
	a := &asyncGzip{ch: make(chan []byte, 4), free: make(chan []byte, 6), done: make(chan error, 1)}
	go func() {
		// BestSpeed: the files are read back far more often than kept.
		z, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
		var err error
		for b := range a.ch {
			if err == nil {
				_, err = z.Write(b)
			}
			select {
			case a.free <- b[:0]:
			default:
			}
		}
		if e := z.Close(); err == nil {
			err = e
		}
		a.done <- err
	}()
	return a
}

func (a *asyncGzip) Write(p []byte) (int, error) {
	var b []byte
	select {
	case b = <-a.free:
	default:
	}
	a.ch <- append(b, p...)
	return len(p), nil
}

// Close waits for the compressor and reports its first error.
func (a *asyncGzip) Close() error {
	close(a.ch)
	return <-a.done
}
