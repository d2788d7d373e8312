package archive

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	in, err := Open(path, Format(os.Getenv("FORMAT")))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	r, err := in.Reader(Options{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("format", in.Format)
	for {
		it, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(it)
		fmt.Println(string(b))
	}
	fmt.Printf("%+v\n", r.Stats())
}
