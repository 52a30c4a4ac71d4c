// Hangfire keeps its log provider in a static; app hosts in one process therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
