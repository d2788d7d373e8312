package archive

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bluesky-social/indigo/atproto/atdata"
	"github.com/bluesky-social/indigo/atproto/repo/mst"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	car "github.com/ipld/go-car/v2"
)

// defaultMaxRepo caps the repository export read into memory: its records
// are found by walking the repository's Merkle search tree, which needs
// every block at hand. A busy account's whole export is tens of MiB.
const defaultMaxRepo = 1 << 30

// isCAR tells a CAR v1 file (a repository export) by its header: a varint
// length, then a DAG-CBOR map of two keys, "roots" and "version".
func isCAR(head []byte) bool {
	n, k := binary.Uvarint(head)
	if k <= 0 || n == 0 || n > 1<<20 || len(head) < k+1 {
		return false
	}
	hdr := head[k:min(len(head), k+int(n))]
	return hdr[0] == 0xa2 && bytes.Contains(hdr, []byte("\x65roots")) && bytes.Contains(hdr, []byte("\x67version"))
}

// repoReader reads a repository export (com.atproto.sync.getRepo): the
// blocks of a CAR file, the commit its root names, and the records the
// commit's tree holds, in key order (collection/rkey). The go-car library
// reads the file and indigo's mst package walks the tree.
type repoReader struct {
	src     io.Reader
	loaded  bool
	did     string
	store   blockMap
	entries []repoEntry
	next    int
}

type repoEntry struct {
	key string // collection/rkey
	cid cid.Cid
}

type blockMap map[cid.Cid]blocks.Block

func (m blockMap) Get(_ context.Context, c cid.Cid) (blocks.Block, error) {
	b, ok := m[c]
	if !ok {
		return nil, fmt.Errorf("block %s is not in the export", c)
	}
	return b, nil
}

// fillRepo queues the export's next record. The records are numbered from
// 1 in key order, and that number stands for the line in rejects; a
// rejected record's raw text is its getRecord form, {uri, value}.
func (r *Reader) fillRepo() error {
	rr := r.repo
	if !rr.loaded {
		rr.loaded = true
		if why := rr.load(r.opts.MaxRepoBytes); why != "" {
			r.reject(1, why, []byte("(a repository export: binary CAR, not kept)"), 0)
			return nil
		}
	}
	if rr.next >= len(rr.entries) {
		return io.EOF
	}
	e := rr.entries[rr.next]
	rr.next++
	line := rr.next
	uri := "at://" + rr.did + "/" + e.key
	collection, _, _ := strings.Cut(e.key, "/")
	if collection != "app.bsky.feed.post" && collection != "app.bsky.feed.repost" {
		r.skip(line, notAPost(collection))
		return nil
	}
	raw, _ := json.Marshal(struct {
		URI string `json:"uri"`
	}{uri})
	b, ok := rr.store[e.cid]
	if !ok {
		r.reject(line, fmt.Sprintf("record %s: its block %s is not in the export", e.key, e.cid), raw, 0)
		return nil
	}
	rec, err := atdata.UnmarshalCBOR(b.RawData())
	if err != nil {
		r.reject(line, fmt.Sprintf("record %s: not a DAG-CBOR record: %v", e.key, err), raw, 0)
		return nil
	}
	value, err := json.Marshal(rec)
	if err != nil {
		r.reject(line, fmt.Sprintf("record %s: %v", e.key, err), raw, 0)
		return nil
	}
	raw, _ = json.Marshal(struct {
		URI   string          `json:"uri"`
		Value json.RawMessage `json:"value"`
	}{uri, value})
	r.bskyRecord(uri, value, "value.", "", raw, line)
	return nil
}

// load reads the whole export and walks its tree; it returns why the
// export cannot be read, "" when it can.
func (rr *repoReader) load(max int) string {
	lr := &io.LimitedReader{R: rr.src, N: int64(max) + 1}
	// Each block is checked against its CID: a block that is not what its
	// CID says could make the tree loop.
	br, err := car.NewBlockReader(lr, car.WithTrustedCAR(false))
	if err != nil {
		return "not a readable repository export (CAR): " + err.Error()
	}
	if len(br.Roots) == 0 {
		return "repository export (CAR) names no root: no commit to read"
	}
	rr.store = blockMap{}
	for {
		b, err := br.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if lr.N <= 0 {
			return fmt.Sprintf("repository export is over %d bytes: not read", max)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			// A cut file: its tree cannot be walked without the rest.
			return fmt.Sprintf("repository export cut short after %d blocks: %v", len(rr.store), err)
		}
		if err != nil {
			return fmt.Sprintf("repository export damaged after %d blocks: %v", len(rr.store), err)
		}
		rr.store[b.Cid()] = b
	}
	root, ok := rr.store[br.Roots[0]]
	if !ok {
		return fmt.Sprintf("repository export lacks its commit block %s", br.Roots[0])
	}
	commit, err := atdata.UnmarshalCBOR(root.RawData())
	if err != nil {
		return "repository export's commit is not DAG-CBOR: " + err.Error()
	}
	did, _ := commit["did"].(string)
	data, _ := commit["data"].(atdata.CIDLink)
	if !strings.HasPrefix(did, "did:") || !data.IsDefined() {
		return "repository export's commit lacks its did or data (not an atproto repository)"
	}
	rr.did = did
	tree, err := mst.LoadTreeFromStore(context.Background(), rr.store, data.CID())
	if err != nil {
		return "repository export's record tree cannot be read: " + err.Error()
	}
	err = tree.Walk(func(key []byte, val cid.Cid) error {
		rr.entries = append(rr.entries, repoEntry{key: string(key), cid: val})
		return nil
	})
	if err != nil {
		return "repository export's record tree cannot be walked: " + err.Error()
	}
	return ""
}
