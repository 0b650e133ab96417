module example.com/shop

go 1.22

require (
	github.com/gin-gonic/gin v1.9.0
	golang.org/x/net v0.0.0-20220722155237-a158d28d115b // indirect
	"github.com/quoted/mod" v1.0.0
	github.com/local/fork v1.2.0
	github.com/swapped/old v0.1.0
)

require gopkg.in/yaml.v3 v3.0.0-20200313102051-9f266ea9e77c

replace github.com/local/fork => ../fork

replace github.com/swapped/old v0.1.0 => github.com/swapped/new v0.3.1
