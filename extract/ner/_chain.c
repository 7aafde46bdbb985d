/* The position loops of the linear-chain decoders (extract/ner/crf.py, ChainDecoder), compiled.
 *
 * ChainDecoder stacks a document's sentences one row per token, position by position, longest
 * sentence first (its _Stack): the rows of position p are first_row[p] .. first_row[p] + running[p].
 * Its numpy loops spend nearly all their time in numpy's per-call cost (about 10 us a position, six
 * passes), which these loops do not pay. They do the same arithmetic in the same order as the numpy
 * code, so Viterbi's paths are the same bit for bit: a sum of two doubles, exact maxima, the first
 * maximum for argmax. The forward-backward sums follow numpy's pairwise summation of a short row;
 * its matrix products (BLAS) may round their last bit differently, which moves a marginal by about
 * 1e-16. Only the Python C API and the buffer protocol are used: no numpy headers at build time.
 * Built by setup.py as an optional extension; without it crf.py runs its numpy loops. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    Py_buffer view;
    int held;
} Buffer;

static int get_buffer(PyObject *object, Buffer *buffer, int writable, const char *format, Py_ssize_t itemsize,
                      const char *name) {
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    buffer->held = 0;
    if (PyObject_GetBuffer(object, &buffer->view, flags) < 0)
        return -1;
    buffer->held = 1;
    /* A format's last letter is its type ("<d", "=q" and "d" are the same doubles); int64 is "l" on
     * LP64 systems and "q" elsewhere, and the item size tells them apart. */
    const char *given = buffer->view.format;
    char kind = given && *given ? given[strlen(given) - 1] : 0;
    int integer = format[0] == 'q' && (kind == 'q' || kind == 'l');
    if (buffer->view.itemsize != itemsize || !(integer || kind == format[0])) {
        PyErr_Format(PyExc_TypeError, "%s: expected a C-contiguous array of format '%s'", name, format);
        return -1;
    }
    return 0;
}

static void release(Buffer *buffer) {
    if (buffer->held)
        PyBuffer_Release(&buffer->view);
    buffer->held = 0;
}

/* A function's array arguments: their names, element type ('d' float64, 'q' int64) and whether
 * they are written. */
typedef struct {
    const char *name;
    char format;
    int writable;
} Argument;

/* Each argument's buffer, checked against what `wanted` says of it; on failure an error is set
 * (release_all then releases what was taken). */
static int get_arguments(PyObject *args, const Argument *wanted, Buffer *buffers, Py_ssize_t count) {
    if (PyTuple_GET_SIZE(args) != count) {
        PyErr_Format(PyExc_TypeError, "expected %zd arrays", count);
        return -1;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        const char format[2] = {wanted[i].format, 0};
        if (get_buffer(PyTuple_GET_ITEM(args, i), &buffers[i], wanted[i].writable, format, 8, wanted[i].name) < 0)
            return -1;
    }
    return 0;
}

static void release_all(Buffer *buffers, Py_ssize_t count) {
    for (Py_ssize_t i = 0; i < count; i++)
        release(&buffers[i]);
}

/* numpy's pairwise sum of a row shorter than its block (128): plain for fewer than 8 items, else
 * eight running sums combined as a tree, then the rest one by one. */
static double row_sum(const double *row, Py_ssize_t count) {
    if (count < 8) {
        double total = 0.0;
        for (Py_ssize_t i = 0; i < count; i++)
            total += row[i];
        return total;
    }
    double r[8];
    for (int j = 0; j < 8; j++)
        r[j] = row[j];
    Py_ssize_t i;
    for (i = 8; i < count - (count % 8); i += 8)
        for (int j = 0; j < 8; j++)
            r[j] += row[i + j];
    double total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < count; i++)
        total += row[i];
    return total;
}

/* out = vector x matrix (size x size, row-major): each out[j] summed over the vector in order, a
 * matrix row at a time (contiguous). */
static void vector_times_matrix(const double *vector, const double *matrix, double *out, Py_ssize_t size) {
    for (Py_ssize_t j = 0; j < size; j++)
        out[j] = 0.0;
    for (Py_ssize_t i = 0; i < size; i++) {
        const double *matrix_row = matrix + i * size;
        const double carried = vector[i];
        for (Py_ssize_t j = 0; j < size; j++)
            out[j] += carried * matrix_row[j];
    }
}

/* A forward row divided by its sum, which is kept as its scale. */
static void normalise(double *row, double *scale, Py_ssize_t size) {
    const double total = row_sum(row, size);
    *scale = total;
    for (Py_ssize_t label = 0; label < size; label++)
        row[label] /= total;
}

/* Checks the layout arrays against the stack and gives their lengths. */
static int check_layout(Buffer *running, Buffer *first_row, Py_ssize_t rows, Py_ssize_t *positions) {
    Py_ssize_t count = running->view.len / (Py_ssize_t)sizeof(long long);
    if (first_row->view.len / (Py_ssize_t)sizeof(long long) != count) {
        PyErr_SetString(PyExc_ValueError, "running and first_row differ in length");
        return -1;
    }
    const long long *run = running->view.buf, *first = first_row->view.buf;
    for (Py_ssize_t p = 0; p < count; p++) {
        if (run[p] < 0 || first[p] < 0 || first[p] + run[p] > rows || (p > 0 && run[p] > run[p - 1])) {
            PyErr_SetString(PyExc_ValueError, "the layout does not fit the stack");
            return -1;
        }
    }
    *positions = count;
    return 0;
}

/* The labels of a (labels x labels) float64 buffer, or -1 (an error set). */
static Py_ssize_t square_size(Buffer *matrix, const char *name) {
    Py_ssize_t size = 0;
    while (size * size * 8 < matrix->view.len)
        size++;
    if (size == 0 || size * size * 8 != matrix->view.len) {
        PyErr_Format(PyExc_ValueError, "%s must be labels x labels", name);
        return -1;
    }
    return size;
}

/* viterbi(best, transitions, running, first_row, last_rows, columns): best (rows x labels, float64)
 * holds the state scores and becomes the best path's score to each label, in place; columns
 * (positions x sentences, int64) receives each sentence's label at each position; last_rows
 * (int64) is each sentence's last row, in stack order. */
static PyObject *viterbi(PyObject *self, PyObject *args) {
    (void)self;
    static const Argument wanted[] = {{"best", 'd', 1}, {"transitions", 'd', 0}, {"running", 'q', 0},
                                      {"first_row", 'q', 0}, {"last_rows", 'q', 0}, {"columns", 'q', 1}};
    Buffer buffers[6];
    memset(buffers, 0, sizeof buffers);
    Buffer *best = &buffers[0], *transitions = &buffers[1], *running = &buffers[2], *first_row = &buffers[3],
           *last_rows = &buffers[4], *columns = &buffers[5];
    PyObject *result = NULL;
    long long *state = NULL;
    double *top = NULL;
    if (get_arguments(args, wanted, buffers, 6) < 0)
        goto done;
    Py_ssize_t size = square_size(transitions, "transitions"), positions;
    if (size < 0)
        goto done;
    if (best->view.len % (size * 8) != 0) {
        PyErr_SetString(PyExc_ValueError, "best must be rows x labels");
        goto done;
    }
    Py_ssize_t rows = best->view.len / (size * 8);
    if (check_layout(running, first_row, rows, &positions) < 0)
        goto done;
    const long long *run = running->view.buf, *first = first_row->view.buf, *last = last_rows->view.buf;
    Py_ssize_t count = positions ? run[0] : 0;
    if (last_rows->view.len != count * 8 || columns->view.len != positions * count * 8) {
        PyErr_SetString(PyExc_ValueError, "last_rows or columns do not fit the stack");
        goto done;
    }
    for (Py_ssize_t s = 0; s < count; s++) {
        if (last[s] < 0 || last[s] >= rows) {
            PyErr_SetString(PyExc_ValueError, "a last row is outside the stack");
            goto done;
        }
    }
    double *scores = best->view.buf;
    const double *moves = transitions->view.buf;
    long long *labels = columns->view.buf;
    state = PyMem_Malloc(sizeof(long long) * (count ? count : 1));
    top = PyMem_Malloc(sizeof(double) * size);
    if (state == NULL || top == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t p = 1; p < positions; p++) {
        const double *before = scores + first[p - 1] * size;
        double *here = scores + first[p] * size;
        for (Py_ssize_t s = 0; s < run[p]; s++) {
            const double *previous = before + s * size;
            double *current = here + s * size;
            /* The maximum over `from` a row of `to` at a time (contiguous, branch-free): maxima are
             * exact, so the order does not change them. */
            for (Py_ssize_t to = 0; to < size; to++)
                top[to] = previous[0] + moves[to];
            for (Py_ssize_t from = 1; from < size; from++) {
                const double *row = moves + from * size;
                const double carried = previous[from];
                for (Py_ssize_t to = 0; to < size; to++) {
                    const double candidate = carried + row[to];
                    top[to] = candidate > top[to] ? candidate : top[to];
                }
            }
            for (Py_ssize_t to = 0; to < size; to++)
                current[to] += top[to];
        }
    }
    /* Going back: each sentence's previous label is the first argmax of the same sums. */
    for (Py_ssize_t s = 0; s < count; s++) {
        const double *row = scores + last[s] * size;
        Py_ssize_t chosen = 0;
        for (Py_ssize_t label = 1; label < size; label++)
            if (row[label] > row[chosen])
                chosen = label;
        state[s] = chosen;
    }
    for (Py_ssize_t p = positions - 1; p > 0; p--) {
        const double *before = scores + first[p - 1] * size;
        for (Py_ssize_t s = 0; s < run[p]; s++) {
            labels[p * count + s] = state[s];
            const double *previous = before + s * size;
            Py_ssize_t chosen = 0;
            double top = previous[0] + moves[state[s]];
            for (Py_ssize_t from = 1; from < size; from++) {
                double candidate = previous[from] + moves[from * size + state[s]];
                if (candidate > top) {
                    top = candidate;
                    chosen = from;
                }
            }
            state[s] = chosen;
        }
    }
    for (Py_ssize_t s = 0; s < count && positions > 0; s++)
        labels[s] = state[s];
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    PyMem_Free(state);
    PyMem_Free(top);
    release_all(buffers, 6);
    return result;
}

/* forward_backward(emissions, moves, running, first_row, forward, backward, scale): the scaled
 * forward and backward passes over a stack of exponentiated state scores (rows x labels, float64)
 * and exponentiated transitions (labels x labels), written into forward, backward (rows x labels)
 * and scale (rows), as ChainDecoder.token_marginals' numpy loops write them. */
static PyObject *forward_backward(PyObject *self, PyObject *args) {
    (void)self;
    static const Argument wanted[] = {{"emissions", 'd', 0}, {"moves", 'd', 0}, {"running", 'q', 0},
                                      {"first_row", 'q', 0}, {"forward", 'd', 1}, {"backward", 'd', 1},
                                      {"scale", 'd', 1}};
    Buffer buffers[7];
    memset(buffers, 0, sizeof buffers);
    Buffer *emissions = &buffers[0], *transitions = &buffers[1], *running = &buffers[2], *first_row = &buffers[3],
           *forward = &buffers[4], *backward = &buffers[5], *scale = &buffers[6];
    PyObject *result = NULL;
    double *row = NULL, *incoming = NULL;
    if (get_arguments(args, wanted, buffers, 7) < 0)
        goto done;
    Py_ssize_t size = square_size(transitions, "moves"), positions;
    if (size < 0)
        goto done;
    Py_ssize_t rows = emissions->view.len / (size * 8);
    if (emissions->view.len != rows * size * 8 || forward->view.len != emissions->view.len ||
        backward->view.len != emissions->view.len || scale->view.len != rows * 8) {
        PyErr_SetString(PyExc_ValueError, "emissions, forward and backward must be rows x labels, scale rows");
        goto done;
    }
    if (check_layout(running, first_row, rows, &positions) < 0)
        goto done;
    const long long *run = running->view.buf, *first = first_row->view.buf;
    const double *emitted = emissions->view.buf, *moves = transitions->view.buf;
    double *alpha = forward->view.buf, *beta = backward->view.buf, *scales = scale->view.buf;
    row = PyMem_Malloc(sizeof(double) * size);
    incoming = PyMem_Malloc(sizeof(double) * size * size);
    if (row == NULL || incoming == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t from = 0; from < size; from++)
        for (Py_ssize_t to = 0; to < size; to++)
            incoming[to * size + from] = moves[from * size + to];
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t count = positions ? run[0] : 0;
    for (Py_ssize_t s = 0; s < count; s++) {
        const double *emission = emitted + (first[0] + s) * size;
        double *out = alpha + (first[0] + s) * size;
        memcpy(out, emission, sizeof(double) * size);
        normalise(out, scales + first[0] + s, size);
    }
    for (Py_ssize_t p = 1; p < positions; p++) {
        for (Py_ssize_t s = 0; s < run[p]; s++) {
            const double *previous = alpha + (first[p - 1] + s) * size;
            const double *emission = emitted + (first[p] + s) * size;
            double *out = alpha + (first[p] + s) * size;
            vector_times_matrix(previous, moves, out, size);
            for (Py_ssize_t to = 0; to < size; to++)
                out[to] *= emission[to];
            normalise(out, scales + first[p] + s, size);
        }
    }
    for (Py_ssize_t p = positions - 2; p >= 0; p--) {
        for (Py_ssize_t s = 0; s < run[p + 1]; s++) {
            const double *after = beta + (first[p + 1] + s) * size;
            const double *emission = emitted + (first[p + 1] + s) * size;
            double *out = beta + (first[p] + s) * size;
            for (Py_ssize_t label = 0; label < size; label++)
                row[label] = emission[label] * after[label];
            const double divisor = scales[first[p + 1] + s];
            vector_times_matrix(row, incoming, out, size);  /* the transposed moves: out[from] */
            for (Py_ssize_t from = 0; from < size; from++)
                out[from] /= divisor;
        }
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    PyMem_Free(row);
    PyMem_Free(incoming);
    release_all(buffers, 7);
    return result;
}

static PyMethodDef methods[] = {
    {"viterbi", viterbi, METH_VARARGS, "Viterbi over a stack of sentences, in place (see extract/ner/crf.py)."},
    {"forward_backward", forward_backward, METH_VARARGS,
     "Scaled forward and backward passes over a stack of sentences (see extract/ner/crf.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_chain", "Compiled position loops of the linear-chain decoders.", -1, methods,
};

PyMODINIT_FUNC PyInit__chain(void) {
    return PyModule_Create(&module);
}
