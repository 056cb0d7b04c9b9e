package crmath

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Exp(0.3 + float64(i&1023)*0.01)
	}
}

func BenchmarkGoExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += math.Exp(0.3 + float64(i&1023)*0.01)
	}
}

func BenchmarkLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Log(0.3 + float64(i&1023)*0.01)
	}
}

func BenchmarkSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Sin(0.3 + float64(i&1023)*0.01)
	}
}

func BenchmarkAtan2(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Atan2(0.3+float64(i&1023)*0.01, 1.5)
	}
}
